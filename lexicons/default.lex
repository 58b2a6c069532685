# derived: a rolescan lexicon derived by `rolescan lexicon derive`.
# Generated file: do not edit the derived section by hand; rerun the command.
# Command: rolescan lexicon derive --name derived --role project_manager=corpora/roles/project_manager.md --role it_project_manager=corpora/roles/it_project_manager.md --role technical_project_manager=corpora/roles/technical_project_manager.md --role it_manager=corpora/roles/it_manager.md --strip '\[(seeds?|general)[^\]]*\]' --background ../shared/corpora/dev.jsonl --text-field description --no-relevance --weight-scale 0.2 --curated lexicons/curated.lex
# The curated section at the end is copied from lexicons/curated.lex.
# 
# Method: weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi
# & Quinn 2008), each role against the other roles pooled. Weights are log-odds;
# notes give each term's z-score per role (z), its count per role (n) and, with a
# background, its relevance z-score and background count (bg).
# Role project_manager: 1 documents, 1939 n-gram tokens.
# Role it_project_manager: 1 documents, 2350 n-gram tokens.
# Role technical_project_manager: 1 documents, 2052 n-gram tokens.
# Role it_manager: 1 documents, 2200 n-gram tokens.
# Background: 11074 documents, 6834005 n-gram tokens (counts only; no text kept).
# 
# Fitted by `rolescan lexicon fit ../shared/corpora/dev.jsonl --lexicon lexicons/derived.lex --label-field label --text-field description --group-field group --name default` from lexicons/derived.lex.
# Labelled postings: project_manager 249, it_project_manager 454, technical_project_manager 539, it_manager 3 (kept); other 9210. Roles marked (kept) had too few postings and keep their weights.
# Only derived numbers are stored: weights, biases and calibration; no posting text.

[lexicon]
name = default
description = derived from role documents by rolescan lexicon derive (fitted to labelled postings)

[roles]
# id | label | prior=P bias=B
project_manager | Project Manager | prior=0.25 bias=-0.12
it_project_manager | IT Project Manager | prior=0.25 bias=-0.0098
technical_project_manager | Technical Project Manager | prior=0.25 bias=0.1299
it_manager | IT Manager | prior=0.25

[model]
temperature = 1.1131
relevance_bias = -3
relevance_scale = 1.1955
relevance_length = 0
relevance_threshold = 0.5
first_mention = 0.7472
cue_mention = -0.0759
cue_relevance = 2.4707

[terms]
# term | weights | options | note
client | project_manager=0.4385 it_project_manager=-0.2486 technical_project_manager=0.1186 it_manager=-0.372 relevance=-0.0917 |  | z 4.45 -2.82 -0.76 -2.74 n 21 0 6 0
cost | project_manager=0.2272 it_project_manager=-0.1805 technical_project_manager=0.0552 it_manager=-0.682 relevance=0.078 |  | z 3.27 -2.02 -1.07 -2.31 n 17 4 6 0
quality | project_manager=0.3845 it_project_manager=-0.0447 technical_project_manager=0.3242 relevance=-0.1496 |  | z 3.26 -1.35 -1.20 -1.27 n 9 0 0 0
control | project_manager=0.2812 it_project_manager=0.1507 technical_project_manager=-0.0978 it_manager=-0.389 relevance=-0.0652 |  | z 3.21 -1.60 -1.78 -2.42 n 15 4 3 1
estimate | project_manager=0.5371 it_project_manager=0.031 technical_project_manager=0.0064 relevance=-0.0847 |  | z 2.87 -1.37 -1.37 -1.35 n 9 0 1 0
change | project_manager=0.3717 it_project_manager=-0.303 technical_project_manager=-0.3897 relevance=0.1059 |  | z 2.74 -2.04 -2.11 -0.21 n 11 1 0 5
implementation | project_manager=0.4615 it_project_manager=-0.1311 technical_project_manager=-0.352 relevance=-0.1322 |  | z 2.70 -0.51 -1.98 -1.81 n 10 4 0 1
general | project_manager=0.4393 it_project_manager=0.0341 technical_project_manager=-0.0016 relevance=-0.0864 |  | z 2.45 -0.97 -1.35 -1.39 n 6 1 0 0
reporting | project_manager=0.5759 it_project_manager=0.0707 technical_project_manager=0.0905 relevance=-0.0681 |  | z 2.40 -1.43 -1.36 -1.40 n 7 0 0 0
expectations | project_manager=0.2816 it_project_manager=0.0551 technical_project_manager=0.0095 relevance=0.0521 |  | z 2.34 -0.29 -1.42 -1.44 n 7 3 0 0
partner | project_manager=0.2085 it_project_manager=0.0556 technical_project_manager=0.3144 relevance=0.0698 |  | z 2.31 -1.13 -0.33 -1.07 n 5 0 1 0
event | project_manager=0.5635 it_project_manager=0.0253 technical_project_manager=-0.0109 relevance=-0.2393 |  | z 2.29 -1.15 -1.06 -1.11 n 5 0 0 0
type | project_manager=0.7356 it_project_manager=0.1402 technical_project_manager=-0.0518 relevance=0.0636 |  | z 2.21 -1.33 -1.26 -1.29 n 6 0 0 0
company | project_manager=0.2475 it_project_manager=0.2621 technical_project_manager=0.324 relevance=0.5373 |  | z 2.20 -1.23 -1.46 0.68 n 8 1 0 5
analysis | project_manager=0.4346 it_project_manager=0.1427 technical_project_manager=-0.0569 relevance=-0.2743 |  | z 2.19 -0.86 -0.76 -0.81 n 4 0 0 0
available | project_manager=0.5708 it_project_manager=0.0839 technical_project_manager=0.0103 relevance=-0.0011 |  | z 2.18 -1.20 -1.12 -1.16 n 5 0 0 0
share | project_manager=0.5422 it_project_manager=0.0291 technical_project_manager=0.0132 relevance=-0.1475 |  | z 2.04 -1.03 -0.96 -1.00 n 4 0 0 0
order | project_manager=0.3349 it_project_manager=-0.0331 technical_project_manager=0.0314 relevance=-0.05 |  | z 2.03 -1.41 -1.34 -0.19 n 5 0 0 2
record | project_manager=0.1554 it_project_manager=0.0278 technical_project_manager=0.0536 relevance=-0.1614 |  | z 1.99 -1.39 -0.72 -1.74 n 8 2 3 1
set | project_manager=-0.0131 it_project_manager=0.0612 technical_project_manager=-0.423 relevance=-0.1125 |  | z 1.61 -0.17 -2.04 -1.06 n 8 5 0 3
plan | project_manager=0.1268 it_project_manager=-0.0023 technical_project_manager=-0.2558 it_manager=-0.218 relevance=-0.211 |  | z 1.35 0.56 -2.73 -2.60 n 17 16 4 5
resource | project_manager=-0.0012 it_project_manager=0.1039 technical_project_manager=-0.0396 it_manager=-0.602 relevance=-0.2175 |  | z 0.93 0.55 -1.13 -2.53 n 11 11 6 0
manager | project_manager=0.1186 it_project_manager=-0.1864 technical_project_manager=-0.0786 it_manager=-0.158 relevance=-0.3189 |  | z 0.70 -3.64 0.52 -2.86 n 28 11 28 14
business | project_manager=0.3024 it_project_manager=0.5427 technical_project_manager=-0.0018 it_manager=-0.207 relevance=0.2653 |  | z -0.75 2.86 -0.86 -2.29 n 5 17 5 1
vendor | project_manager=0.0626 it_project_manager=0.8425 technical_project_manager=-0.6064 it_manager=-0.744 relevance=0.0145 |  | z -1.94 2.68 -1.96 -1.99 n 0 23 0 0
progress | project_manager=0.106 it_project_manager=0.2779 technical_project_manager=0.0572 relevance=0.0281 |  | z -1.31 2.55 -1.35 -1.48 n 1 8 1 0
non | project_manager=0.155 it_project_manager=0.5153 technical_project_manager=-0.0232 relevance=-0.2835 |  | z -1.32 2.39 -1.35 -1.39 n 0 7 0 0
contract | project_manager=0.1708 it_project_manager=0.1924 technical_project_manager=0.144 relevance=0.2273 |  | z -0.43 2.36 -1.54 -1.58 n 2 7 0 0
server | project_manager=0.0388 it_project_manager=0.3469 technical_project_manager=-0.0373 relevance=-0.1945 |  | z -1.51 2.35 -1.53 -0.58 n 0 7 0 2
updates | project_manager=0.0828 it_project_manager=0.3103 technical_project_manager=-0.012 relevance=-0.0963 |  | z -1.29 2.34 -1.30 -0.68 n 0 7 0 2
initiatives | project_manager=0.261 it_project_manager=0.5436 technical_project_manager=0.0163 relevance=0.1389 |  | z -1.19 2.30 -1.22 -1.26 n 0 6 0 0
clear | project_manager=0.176 it_project_manager=0.3341 technical_project_manager=-0.0435 relevance=-0.1495 |  | z -1.31 2.29 -1.34 -0.93 n 0 6 0 1
end | project_manager=0.0152 it_project_manager=0.1669 technical_project_manager=0.2509 relevance=0.2876 |  | z -1.34 2.17 0.25 -1.46 n 0 7 3 0
metrics | project_manager=-0.0103 it_project_manager=0.7383 technical_project_manager=-0.0072 relevance=-0.1719 |  | z -1.33 2.16 -1.35 -1.38 n 0 7 0 0
lifecycle | project_manager=0.1163 it_project_manager=0.2968 technical_project_manager=0.0396 relevance=0.0449 |  | z -1.23 2.08 -1.26 -0.72 n 0 5 0 1
risk | project_manager=0.165 it_project_manager=-0.0567 technical_project_manager=-0.0245 it_manager=-0.507 relevance=0.1687 |  | z -1.27 1.18 0.50 -2.23 n 3 9 7 0
goals | project_manager=0.1235 it_project_manager=-0.0513 technical_project_manager=-0.5971 relevance=-0.3266 |  | z -0.42 0.84 -2.39 -0.24 n 7 11 0 8
communication | project_manager=0.2569 it_project_manager=-0.0865 technical_project_manager=-0.3159 relevance=-0.563 |  | z 0.05 0.54 -2.32 0.25 n 6 8 0 7
management | project_manager=0.3417 it_project_manager=0.0977 technical_project_manager=-0.2147 relevance=-0.1927 |  | z -0.60 0.30 -2.37 -0.91 n 13 18 7 13
technical | project_manager=-0.2923 it_project_manager=-0.1319 technical_project_manager=0.3551 it_manager=-0.142 relevance=0.0116 |  | z -5.70 -4.14 7.32 -3.41 n 3 21 85 24
engineer | project_manager=0.0055 it_project_manager=-0.062 technical_project_manager=0.544 relevance=-0.3176 |  | z -1.43 -1.74 4.61 -1.63 n 0 0 18 0
development | project_manager=0.109 it_project_manager=-0.0071 technical_project_manager=0.3676 relevance=-0.5547 |  | z -1.77 -1.76 3.99 -0.58 n 0 1 17 4
engineering | project_manager=-0.0037 it_project_manager=-0.0527 technical_project_manager=0.704 relevance=0.2287 |  | z -1.14 -1.41 3.94 -1.32 n 0 0 13 0
testing | project_manager=0.0486 it_project_manager=-0.3463 technical_project_manager=0.5728 it_manager=-0.324 relevance=-0.5268 |  | z -1.89 -2.07 3.74 -2.01 n 0 0 15 0
architecture | project_manager=-0.0039 it_project_manager=-0.3413 technical_project_manager=0.4088 relevance=-0.0185 |  | z -1.91 -2.08 3.02 -0.28 n 0 0 11 4
design | project_manager=0.1538 it_project_manager=-0.0861 technical_project_manager=0.3483 relevance=-0.3445 |  | z 0.19 -1.06 2.84 -0.97 n 2 0 8 0
code | project_manager=0.0538 it_project_manager=-0.0319 technical_project_manager=0.3511 relevance=-0.4277 |  | z -0.90 -0.56 2.76 -1.03 n 0 1 7 0
documentation | project_manager=0.0113 it_project_manager=0.0741 technical_project_manager=0.632 relevance=-0.3962 |  | z -1.51 -1.62 2.66 -1.58 n 0 0 9 0
experience | project_manager=0.3347 it_project_manager=0.1576 technical_project_manager=0.1164 relevance=-0.968 |  | z 1.18 1.04 2.64 0.89 n 1 2 6 1
background | project_manager=0.0853 it_project_manager=0.0716 technical_project_manager=0.2446 relevance=-0.2246 |  | z -1.47 -1.61 2.52 -0.46 n 0 0 7 2
source | project_manager=0.1097 it_project_manager=-0.0362 technical_project_manager=0.477 relevance=-0.1517 |  | z -1.09 -1.23 2.52 -1.18 n 0 0 6 0
software development | project_manager=0.1199 it_project_manager=-0.0634 technical_project_manager=0.5187 relevance=-0.0557 |  | z -1.11 -1.24 2.50 -1.19 n 0 0 6 0
development team | project_manager=0.0884 it_project_manager=-0.0202 technical_project_manager=0.7635 relevance=-0.1821 |  | z -1.53 -1.61 2.40 -1.58 n 0 0 10 0
user | project_manager=0.1003 it_project_manager=-0.009 technical_project_manager=0.2472 relevance=-0.3285 |  | z -1.33 -1.03 2.36 -0.40 n 0 1 7 2
components | project_manager=0.0012 it_project_manager=0.0049 technical_project_manager=0.7154 relevance=-0.1017 |  | z -1.33 -1.42 2.28 -1.39 n 0 0 7 0
field | project_manager=0.0269 it_project_manager=-0.0118 technical_project_manager=0.3758 relevance=-0.1799 |  | z -1.33 -0.30 2.28 -1.43 n 0 2 6 0
senior | project_manager=0.1987 it_project_manager=0.0541 technical_project_manager=0.2643 relevance=-0.1648 |  | z -0.12 -0.97 2.28 -0.91 n 1 0 5 0
advanced | project_manager=0.0312 it_project_manager=0.0356 technical_project_manager=0.5781 relevance=0.0932 |  | z -1.06 -1.17 2.22 -1.13 n 0 0 5 0
expert | project_manager=0.015 it_project_manager=0.0848 technical_project_manager=0.3705 relevance=-0.1105 |  | z -1.18 -0.66 2.22 -1.25 n 0 1 5 0
release | project_manager=0.0164 it_project_manager=0.0003 technical_project_manager=0.683 relevance=-0.0498 |  | z -1.23 -1.33 2.20 -1.29 n 0 0 6 0
language | project_manager=0.0055 it_project_manager=-0.0145 technical_project_manager=0.4244 relevance=-0.3869 |  | z -0.59 -0.75 2.19 -0.69 n 0 0 4 0
evaluation | project_manager=-0.0031 it_project_manager=-0.0038 technical_project_manager=0.4516 relevance=-0.0817 |  | z -1.15 -0.85 2.16 -1.19 n 0 1 5 0
coding | technical_project_manager=0.627 relevance=-0.2092 |  | z -1.11 -1.21 2.11 -1.17 n 0 0 5 0
specifications | project_manager=-0.0219 it_project_manager=0.0265 technical_project_manager=0.8442 relevance=-0.119 |  | z -1.34 -1.41 2.07 -1.39 n 0 0 8 0
understanding | project_manager=0.1902 it_project_manager=-0.1298 technical_project_manager=0.2335 relevance=-0.6135 |  | z -0.97 -0.55 2.04 -0.48 n 0 1 5 1
specialist | it_project_manager=0.0418 technical_project_manager=0.2893 relevance=-0.387 |  | z -0.12 -1.32 1.97 -1.30 n 2 0 5 0
jira | project_manager=0.0899 it_project_manager=-0.0317 technical_project_manager=0.2777 relevance=0.033 |  | z -1.23 -0.31 1.97 -1.27 n 0 2 5 0
vocabulary | project_manager=0.0107 it_project_manager=-0.0037 technical_project_manager=-0.006 it_manager=-0.248 relevance=0.0249 |  | z -0.71 -1.78 1.09 -2.32 n 8 6 13 4
department | project_manager=-0.4481 it_project_manager=-0.1238 technical_project_manager=-0.7538 it_manager=0.539 relevance=0.1393 |  | z -2.34 -2.47 -2.37 4.75 n 0 3 0 26
network | project_manager=-0.3883 it_project_manager=-0.1279 technical_project_manager=-0.4478 it_manager=0.429 relevance=-0.1159 |  | z -2.62 -1.88 -2.66 4.73 n 0 5 0 25
security | project_manager=-0.244 it_project_manager=0.1356 technical_project_manager=-0.2465 it_manager=0.357 relevance=0.0628 |  | z -2.50 -1.19 -2.57 4.34 n 0 5 0 21
infrastructure | project_manager=-0.1996 it_project_manager=0.0392 technical_project_manager=-0.2247 it_manager=0.412 relevance=0.2242 |  | z -2.28 -1.54 -2.34 4.12 n 0 3 0 18
support | project_manager=0.2408 it_project_manager=0.2318 technical_project_manager=-0.0189 it_manager=0.341 relevance=-0.1874 |  | z -1.44 -1.69 -0.62 3.45 n 0 0 2 12
IT team | project_manager=0.0596 it_project_manager=0.0059 technical_project_manager=-0.0321 it_manager=0.426 relevance=0.0119 | case | z -0.98 -1.32 -0.98 3.34 n 0 3 0 13
system | project_manager=-0.161 it_project_manager=-0.0172 technical_project_manager=0.0633 it_manager=0.15 relevance=-0.2039 |  | z -4.20 -2.70 0.28 3.34 n 0 11 22 36
hardware | project_manager=-0.0103 it_project_manager=-0.0757 technical_project_manager=-0.5416 it_manager=0.295 relevance=0.125 |  | z -1.95 -0.42 -1.97 3.32 n 0 7 0 16
operations | project_manager=0.1282 it_project_manager=0.0869 technical_project_manager=0.0697 it_manager=0.471 relevance=-0.0535 |  | z -1.65 -1.40 -1.69 3.10 n 0 1 0 10
technologies | project_manager=0.0819 it_project_manager=0.02 technical_project_manager=0.0455 it_manager=0.434 relevance=-0.31 |  | z -1.01 -1.21 -1.06 2.98 n 0 0 0 8
staff | project_manager=0.0924 it_project_manager=-0.0602 technical_project_manager=-0.0109 it_manager=0.387 relevance=-0.4044 |  | z -1.29 -1.47 -1.70 2.84 n 1 1 0 9
technology | project_manager=0.3255 it_project_manager=0.1482 technical_project_manager=0.3795 it_manager=0.262 relevance=0.841 |  | z -1.61 -0.51 -1.25 2.75 n 0 3 1 10
solutions | project_manager=0.1954 it_project_manager=0.1866 technical_project_manager=0.358 it_manager=0.303 relevance=0.606 |  | z -0.13 -0.36 -0.20 2.46 n 0 0 0 5
policy | project_manager=0.0152 it_project_manager=0.0026 technical_project_manager=0.0066 it_manager=0.593 relevance=-0.486 |  | z -1.20 -1.31 -1.23 2.32 n 0 0 0 6
data | project_manager=0.1447 it_project_manager=-0.0222 technical_project_manager=0.2774 it_manager=0.158 relevance=-0.0467 |  | z -0.70 1.10 -0.43 2.29 n 0 6 1 9
employee | project_manager=-0.0808 it_project_manager=0.2261 technical_project_manager=0.0192 it_manager=0.193 relevance=-0.415 |  | z 1.06 -1.91 -1.75 2.17 n 6 0 0 9
asset | project_manager=0.1175 it_project_manager=-0.0754 technical_project_manager=0.0278 it_manager=0.795 relevance=-0.1729 |  | z -1.38 -1.46 -1.40 2.16 n 0 0 0 8
strategy | project_manager=0.1273 it_project_manager=-0.0142 technical_project_manager=0.0262 it_manager=0.575 relevance=-0.3474 |  | z -1.08 -1.19 -1.11 2.15 n 0 0 0 5
regular | project_manager=0.0526 it_project_manager=0.0007 technical_project_manager=-0.006 it_manager=0.421 relevance=-0.0403 |  | z -1.21 -0.82 -1.23 2.12 n 0 1 0 5
policies | it_manager=0.692 |  | z -1.23 -1.32 -1.26 2.11 n 0 0 0 6
future | project_manager=0.1401 it_project_manager=-0.0086 technical_project_manager=0.0849 it_manager=0.447 relevance=0.0439 |  | z -0.75 -0.89 -0.79 2.09 n 0 0 0 4
administration | project_manager=0.0948 it_project_manager=0.004 technical_project_manager=-0.0242 it_manager=0.773 relevance=-0.1486 |  | z -1.30 -1.38 -1.33 2.07 n 0 0 0 7
upgrade | project_manager=0.006 it_project_manager=0.0511 technical_project_manager=-0.0392 it_manager=0.214 relevance=-0.0473 |  | z -1.38 0.42 -1.39 2.05 n 0 6 0 9
maintain | project_manager=0.1592 it_project_manager=-0.0119 technical_project_manager=-0.0671 it_manager=0.222 relevance=-0.4973 |  | z 0.02 -1.75 -1.16 2.02 n 3 0 1 7
information | project_manager=0.1424 it_project_manager=0.1351 technical_project_manager=-0.0174 it_manager=0.224 relevance=-0.2852 |  | z -0.59 -0.26 -1.20 2.02 n 1 2 0 6
day | project_manager=0.0655 it_project_manager=-0.0154 technical_project_manager=0.2075 it_manager=0.246 relevance=0.0111 |  | z -0.95 0.10 -1.00 1.96 n 0 2 0 5
software | project_manager=-0.3362 it_project_manager=0.0158 technical_project_manager=0.3302 relevance=0.2276 |  | z -2.99 0.42 -0.38 1.47 n 0 14 10 17
organization | project_manager=0.0633 it_project_manager=0.1074 technical_project_manager=-0.048 relevance=0.1189 |  | z -1.20 -0.14 -2.28 0.73 n 6 10 3 12
project manager | project_manager=1.631 it_project_manager=0.4591 technical_project_manager=0.212 relevance=4.146 | title | role name; also appears inside IT and technical ads, hence the lower role weight [seeds 000-004]
IT project manager | project_manager=0.1638 it_project_manager=2.9073 technical_project_manager=0.0657 relevance=5.4371 | case title | role name; `case` keeps the pronoun out; Title Case still matches [seeds 000, 001, 003, 004]
information technology project manager | project_manager=-0.0025 it_project_manager=3.0041 technical_project_manager=-0.0011 relevance=5.0003 | title | role name, spelled out [seed 001]
technology project manager | project_manager=-0.011 it_project_manager=2.5158 technical_project_manager=-0.0041 relevance=4.4882 | title | role name, short for the spelled-out form [seed 001]
project manager IT | project_manager=-0.0078 it_project_manager=2.963 technical_project_manager=0.0471 relevance=5.0055 | case title | the same title written noun-first: "Project Manager – IT" (dashes fold to spaces) [general]
project manager, IT | project_manager=-0.0002 it_project_manager=3.0003 technical_project_manager=-0.0001 relevance=5.0002 | case title | noun-first title with a comma: "Project Manager, IT" [general]
project manager (IT) | project_manager=-0.001 it_project_manager=3.0025 technical_project_manager=-0.0008 relevance=5.0345 | case title | noun-first title in brackets: "Project Manager (IT)" [general]
IT PM | project_manager=-0.0034 it_project_manager=2.5105 technical_project_manager=-0.0044 relevance=4.0074 | case title | short role name [seed 001]
technical project manager | project_manager=-0.0161 it_project_manager=0.0865 technical_project_manager=3.0357 relevance=5.7177 | title | role name [seeds 000, 001, 002, 004]
technical PM | project_manager=0.0692 it_project_manager=-0.0105 technical_project_manager=2.4528 relevance=4.008 | title | short role name [seed 001]
IT manager | project_manager=-0.002 it_project_manager=0.1395 technical_project_manager=-0.0007 it_manager=3 relevance=4.4348 | case title | role name; `case` keeps the pronoun out; Title Case still matches [seed 003]
information technology manager | it_manager=3 relevance=4.4486 | title | role name, spelled out [seeds 000, 003]
IT director | it_manager=2 relevance=2.97 | case title | senior IT management title [general]
director of IT | project_manager=-0.0002 it_project_manager=0.0011 technical_project_manager=-0.0002 it_manager=2 relevance=2.9479 | case title | senior IT management title [general]
head of IT | it_manager=2 relevance=2.9995 | case title | leads the IT department [general]
IT operations manager | it_manager=2.5 relevance=4 | case title | IT manager variant [seed 003]
project management | project_manager=0.5976 it_project_manager=-0.077 technical_project_manager=-0.0471 it_manager=-0.3 relevance=1.3865 |  | shared core discipline; IT managers go beyond it [seeds 000-004]
IT project management | project_manager=-0.0206 it_project_manager=2.0608 technical_project_manager=-0.0248 relevance=2.6453 | case | the IT PM's discipline [seeds 003, 004]
technical project management | project_manager=0.0478 it_project_manager=-0.0201 technical_project_manager=1.9804 relevance=2.5719 |  | the TPM's discipline [seeds 001, 002]
IT management | project_manager=-0.0005 it_project_manager=0.3007 technical_project_manager=-0.0001 it_manager=1 relevance=0.997 | case | managing IT as a function [seed 004]
IT project | project_manager=0.1045 it_project_manager=1.1519 technical_project_manager=0.2687 relevance=1.0473 | case | `case` so "make it project-ready" cannot match; ads write "IT projects" [seeds 001, 002, 003, 004]
information technology project | project_manager=-0.0071 it_project_manager=1.248 technical_project_manager=-0.0065 relevance=1.0441 |  | spelled out [seed 001]
technology project | project_manager=0.0601 it_project_manager=0.7595 technical_project_manager=0.3981 relevance=0.697 |  | tech-driven projects [seed 001]
technical project | project_manager=-0.0084 it_project_manager=-0.0235 technical_project_manager=1.2558 relevance=0.9726 |  | technical projects, technical project delivery [seeds 001, 004]
engineering project | project_manager=0.1992 it_project_manager=-0.0006 technical_project_manager=1.2018 relevance=0.5932 |  | TPMs take IT or engineering projects [seed 002]
infrastructure project | project_manager=0.3767 it_project_manager=0.8195 technical_project_manager=0.0638 relevance=1.0755 |  | IT infrastructure work run as projects (also civil works) [seeds 001, 003]
PM | project_manager=0.4145 it_project_manager=-0.037 technical_project_manager=-0.0238 relevance=0.4834 | case | abbreviation; weak: also clock times and product managers [seed 001]
ERP | project_manager=0.0789 it_project_manager=0.9937 technical_project_manager=-0.0058 relevance=0.1682 | case | ERP rollouts are classic IT projects [general]
ICT | it_project_manager=0.6 it_manager=0.4 relevance=0.1917 | case | ICT systems [seed 004]
PMP | project_manager=0.4028 it_project_manager=0.6063 technical_project_manager=0.0149 it_manager=-0.3 relevance=1.0278 | case | PMP suits IT PMs, ITIL suits IT managers [seed 003]
IT | project_manager=-0.2258 it_project_manager=0.589 technical_project_manager=0.0371 it_manager=0.3 relevance=0.2649 | case | acronym only in capitals; never the pronoun [seeds 000-004]
TPM | project_manager=-0.0467 it_project_manager=-0.0161 technical_project_manager=1.0724 relevance=0.1742 | case | abbreviation; also used for technical PROGRAM managers, so no relevance [seed 001]
SDLC | project_manager=0.0187 it_project_manager=0.2986 technical_project_manager=0.9952 relevance=0.0473 | case | software lifecycle; common in developer ads, so no relevance [general]
QA | project_manager=0.0143 it_project_manager=0.0084 technical_project_manager=0.7815 relevance=-0.1063 | case | quality assurance in software [general]
API | project_manager=0.0371 it_project_manager=-0.0188 technical_project_manager=0.7876 relevance=-0.2865 | case | technical integration vocabulary [general]
AWS | project_manager=-0.0416 it_project_manager=0.1771 technical_project_manager=0.6912 it_manager=0.1 relevance=-0.0988 | case | cloud platform [general]
ITIL | project_manager=-0.3 technical_project_manager=-0.4 it_manager=1.2 relevance=0.543 | case | IT manager certification [seed 003]
IT support | project_manager=-0.0282 it_project_manager=-0.0246 technical_project_manager=0.0742 it_manager=1.2 relevance=0.4488 | case exact | support to employees; `exact` so "it supports" cannot match [seed 003]
LAN | project_manager=-0.0111 it_project_manager=0.0198 technical_project_manager=-0.0009 it_manager=0.6 relevance=-0.0183 | case | local network [general]
WAN | project_manager=-0.0111 it_project_manager=0.0198 technical_project_manager=-0.0009 it_manager=0.6 relevance=-0.0195 | case | wide-area network [general]
SOW | project_manager=0.3 it_project_manager=0.3 relevance=0.5515 | case | statement of work [seed 002]
project | project_manager=0.2572 it_project_manager=0.2495 technical_project_manager=0.1332 relevance=0.3746 |  | every role here revolves around projects except the IT manager's standing duties [seeds 000-004]
project plan | project_manager=-0.0141 it_project_manager=-0.0188 technical_project_manager=0.0828 it_manager=-0.2 relevance=1.1263 |  | creating detailed project plans [seeds 003, 004]
project planning | project_manager=-0.0175 it_project_manager=-0.0191 technical_project_manager=0.0528 relevance=1.0474 |  | planning the implementation process [seeds 000, 004]
project schedule | project_manager=0.2497 it_project_manager=0.0834 technical_project_manager=-0.0124 relevance=1.0168 |  | PM owns the schedule [seed 002]
project scope | project_manager=0.0431 it_project_manager=-0.0157 technical_project_manager=-0.0177 relevance=0.9293 |  | defining project scope [seed 003]
project budget | project_manager=0.1878 it_project_manager=-0.0065 technical_project_manager=0.0209 relevance=1.0246 |  | creating and managing project budgets [seeds 002, 004]
project timeline | project_manager=0.0038 it_project_manager=-0.0213 technical_project_manager=0.02 relevance=0.9417 |  | creating timelines [seed 002]
project lifecycle | project_manager=-0.0164 it_project_manager=0.3168 technical_project_manager=0.0036 it_manager=-0.2 relevance=0.8825 |  | managing the project lifecycle [seed 003]
project life cycle | project_manager=0.055 it_project_manager=0.247 technical_project_manager=-0.0011 it_manager=-0.2 relevance=0.998 |  | three-word spelling [seed 003]
project delivery | project_manager=0.0196 it_project_manager=-0.0249 technical_project_manager=0.0288 relevance=0.9371 |  | delivering projects [seed 004]
project team | project_manager=-0.0291 it_project_manager=-0.0449 technical_project_manager=0.1049 relevance=0.7568 |  | managing the project team [seeds 001, 003, 004]
project status | project_manager=0.1078 it_project_manager=-0.0936 technical_project_manager=-0.013 relevance=0.6867 |  | reporting status [seed 000]
project closure | project_manager=0.0006 it_project_manager=-0.0005 technical_project_manager=-0.0001 relevance=0.9653 |  | closure phase [seed 003]
project risk | project_manager=0.0502 it_project_manager=-0.04 technical_project_manager=-0.0068 relevance=0.9065 |  | awareness of project risks [seed 001]
multiple projects | project_manager=0.235 it_project_manager=-0.0275 technical_project_manager=0.0158 relevance=0.5806 |  | juggling several projects [general]
scope | project_manager=-0.0719 it_project_manager=0.0875 technical_project_manager=0.0538 relevance=0.4056 |  | scope, schedule, budget [seeds 002, 003, 004]
scope creep | project_manager=0.001 it_project_manager=-0.0003 technical_project_manager=-0.0005 relevance=0.8 |  | uncontrolled scope change [general]
schedule | project_manager=0.1287 it_project_manager=-0.1131 technical_project_manager=0.1065 relevance=0.2685 |  | also shift schedules in unrelated ads, so low [seeds 000, 002]
scheduling | project_manager=0.1885 it_project_manager=0.0197 technical_project_manager=-0.0056 relevance=0.1883 |  | PM duty [seed 000]
budget | project_manager=0.1511 it_project_manager=-0.0105 technical_project_manager=0.0203 it_manager=0.1 relevance=0.2353 |  | managing budgets [seeds 000-004]
within budget | project_manager=-0.0297 it_project_manager=0.0517 technical_project_manager=-0.0131 relevance=0.7128 |  | delivering on time and within budget [seeds 001, 004]
cost overrun | relevance=0.8 |  | avoiding cost overruns [seed 004]
timeline | project_manager=0.0596 it_project_manager=0.0155 technical_project_manager=0.0691 relevance=0.2714 |  | timelines and coordination [seeds 001, 002]
deadline | project_manager=0.0631 it_project_manager=-0.0172 technical_project_manager=-0.0409 relevance=-0.0129 |  | meeting deadlines [seeds 003, 004]
milestone | project_manager=0.0186 it_project_manager=-0.0465 technical_project_manager=0.0708 it_manager=-0.2 relevance=0.7806 |  | project milestones [seeds 003, 004]
deliverable | project_manager=0.1016 it_project_manager=-0.001 technical_project_manager=-0.0424 it_manager=-0.2 relevance=0.6626 |  | deliverables and due dates [seeds 003, 004]
stakeholder | project_manager=0.1738 it_project_manager=-0.0574 technical_project_manager=0.0723 relevance=0.2739 |  | coordinating with stakeholders; developer ads use it too [seeds 001, 003]
stakeholder management | project_manager=0.0958 it_project_manager=-0.0876 technical_project_manager=0.036 relevance=1.197 |  | managing stakeholders [seeds 001, 003]
risk management | project_manager=0.148 it_project_manager=-0.0784 technical_project_manager=0.0154 relevance=0.909 |  | managing risks [seeds 003, 004]
risk register | relevance=0.9997 |  | risk log [general]
RAID log | project_manager=-0.0362 it_project_manager=0.022 technical_project_manager=0.0169 relevance=1.026 |  | risks, assumptions, issues, dependencies [general]
status report | project_manager=0.0545 it_project_manager=-0.0315 technical_project_manager=-0.0166 relevance=0.9986 |  | interim and final reporting [seed 000]
progress update | relevance=0.5958 |  | progress updates to stakeholders [seed 003]
resource allocation | project_manager=-0.0312 it_project_manager=0.0476 technical_project_manager=-0.012 relevance=0.7759 |  | allocating resources [seed 003]
requirements gathering | project_manager=0.2104 it_project_manager=0.293 technical_project_manager=-0.0021 relevance=0.5744 |  | gathering requirements [seeds 002, 003]
work breakdown structure | project_manager=0.3153 it_project_manager=0.0175 technical_project_manager=-0.02 relevance=0.8275 |  | breaking work down [seed 002]
change management | project_manager=0.0553 it_project_manager=0.3374 technical_project_manager=-0.0473 it_manager=0.2 relevance=0.4475 |  | organizational and ITIL change control [general]
kickoff | project_manager=0.0297 it_project_manager=-0.007 technical_project_manager=-0.0196 relevance=0.5492 |  | project kickoff [general]
lessons learned | project_manager=0.0008 it_project_manager=-0.0005 technical_project_manager=-0.0003 relevance=0.7964 |  | project closure review [general]
closeout | project_manager=0.8611 it_project_manager=-0.0561 technical_project_manager=-0.0032 relevance=0.6277 |  | project closeout, common in construction [general]
governance | project_manager=0.0991 it_project_manager=0.1248 technical_project_manager=0.1038 relevance=0.7209 |  | project and IT governance [general]
PMO | project_manager=-0.0131 it_project_manager=0.3203 technical_project_manager=0.0266 relevance=0.9581 |  | project management office [general]
project management office | project_manager=-0.0041 it_project_manager=0.3393 technical_project_manager=-0.0076 relevance=1.063 |  | PMO spelled out [general]
steering committee | project_manager=-0.0079 it_project_manager=0.3115 technical_project_manager=-0.0023 relevance=0.7825 |  | project governance body [general]
business case | project_manager=-0.0456 it_project_manager=0.3161 technical_project_manager=0.036 relevance=0.5815 |  | justifying a project [general]
statement of work | project_manager=0.3 it_project_manager=0.3 relevance=0.565 |  | contracting a project [seed 002]
RFP | project_manager=0.2 it_project_manager=0.3 it_manager=0.3 relevance=0.4509 |  | request for proposal [seed 004]
RACI | project_manager=0.0263 it_project_manager=-0.0256 technical_project_manager=-0.0006 relevance=0.8095 |  | responsibility matrix [general]
PMBOK | project_manager=0.3 relevance=0.8 |  | PMI body of knowledge [general]
PMI | project_manager=-0.0328 it_project_manager=0.0265 technical_project_manager=0.0102 relevance=0.5659 |  | Project Management Institute [general]
CAPM | project_manager=0.2961 it_project_manager=0.0045 technical_project_manager=-0.0003 relevance=0.8075 |  | entry PM certification [general]
waterfall | project_manager=0.0652 it_project_manager=0.1101 technical_project_manager=0.0397 relevance=0.5729 |  | traditional method [general]
Gantt | project_manager=0.2998 technical_project_manager=0.0002 relevance=0.8181 |  | Gantt charts [general]
critical path | project_manager=0.387 it_project_manager=0.0227 technical_project_manager=-0.0073 relevance=0.8325 |  | schedule analysis [general]
earned value | project_manager=0.3 relevance=0.8 |  | cost and schedule control [general]
Microsoft Project | project_manager=0.2668 it_project_manager=0.3222 technical_project_manager=0.0161 relevance=0.7871 |  | PM software [seed 004]
MS Project | project_manager=0.3204 it_project_manager=0.294 technical_project_manager=-0.0106 relevance=0.7641 |  | short name of Microsoft Project [seed 004]
Smartsheet | project_manager=0.3165 it_project_manager=-0.0078 technical_project_manager=-0.0058 relevance=0.469 |  | PM software [general]
Trello | project_manager=0.2568 it_project_manager=-0.0558 technical_project_manager=-0.0009 relevance=0.3006 |  | task boards [seed 004]
scrum master | project_manager=0.362 it_project_manager=-0.1817 technical_project_manager=-0.0547 relevance=-2.2007 |  | neighbouring agile role, not in scope [general]
CSM | project_manager=0.0039 it_project_manager=-0.0012 technical_project_manager=-0.0024 relevance=-0.9562 | case | Certified ScrumMaster [general]
agile coach | project_manager=0.109 it_project_manager=-0.0602 technical_project_manager=-0.0345 relevance=-1.9642 |  | neighbouring agile role [general]
release train engineer | project_manager=0.0146 it_project_manager=-0.0039 technical_project_manager=-0.0081 relevance=-2.4635 |  | SAFe role, not in scope [general]
RTE | project_manager=-0.0012 it_project_manager=0.0024 technical_project_manager=-0.0006 relevance=-1.4427 | case | release train engineer [general]
agile release train | project_manager=-0.0005 it_project_manager=0.0012 technical_project_manager=-0.0004 relevance=-0.9787 |  | SAFe construct [general]
SAFe | project_manager=0.1163 it_project_manager=-0.0495 technical_project_manager=-0.0409 relevance=-0.7505 | case | Scaled Agile Framework; `case` keeps the word "safe" out [general]
PI planning | project_manager=0.0427 it_project_manager=-0.0188 technical_project_manager=-0.0154 relevance=-1.0032 |  | SAFe programme increment planning [general]
sprint planning | project_manager=0.1156 it_project_manager=-0.0215 technical_project_manager=-0.0824 relevance=-0.2255 |  | Scrum ceremony [general]
retrospective | project_manager=0.0379 it_project_manager=-0.021 technical_project_manager=0.0955 relevance=-0.3045 |  | Scrum ceremony [general]
delivery manager | project_manager=-0.0049 it_project_manager=-0.0081 technical_project_manager=0.017 relevance=-1.5027 |  | neighbouring role [general]
program manager | project_manager=-0.1073 it_project_manager=0.0532 technical_project_manager=0.0842 relevance=-1.2729 |  | different role from project manager [seed 002]
programme manager | relevance=-1.5 |  | British spelling [seed 002]
technical program manager | project_manager=-0.0791 it_project_manager=-0.0579 technical_project_manager=0.4954 relevance=-1.5254 |  | different role from technical project manager [general]
technical programme manager | technical_project_manager=0.3 relevance=-2 |  | British spelling [general]
program management | project_manager=-0.0199 it_project_manager=0.0357 technical_project_manager=0.0112 relevance=-0.4085 |  | programme-level work [seed 002]
product manager | project_manager=0.0459 it_project_manager=-0.0295 technical_project_manager=-0.0015 relevance=-1.8174 |  | product role, not project role [general]
product owner | project_manager=0.0758 it_project_manager=-0.0116 technical_project_manager=-0.0521 relevance=-1.3565 |  | Scrum product role [general]
product management | project_manager=-0.0039 it_project_manager=0.0054 technical_project_manager=-0.0012 relevance=-1.0357 |  | product discipline [general]
product roadmap | project_manager=-0.0002 it_project_manager=-0.0002 technical_project_manager=0.0005 relevance=-0.518 |  | product planning [general]
engineering manager | project_manager=-0.0003 it_project_manager=-0.0004 technical_project_manager=0.001 relevance=-1.498 |  | people manager of engineers [general]
software engineer | project_manager=-0.0002 technical_project_manager=0.3002 relevance=-0.6946 |  | developer job name; TPM ads mention them too, so mild [general]
software developer | project_manager=0.0154 it_project_manager=-0.0003 technical_project_manager=0.285 relevance=-0.8572 |  | developer job name [general]
software development engineer | relevance=-1.0015 |  | developer job name [general]
web developer | relevance=-1.0053 |  | developer job name [general]
backend engineer | relevance=-1.0146 |  | developer job name [general]
frontend engineer | relevance=-1.0056 |  | developer job name [general]
full stack engineer | relevance=-1.0094 |  | developer job name [general]
data engineer | project_manager=-0.0236 it_project_manager=-0.009 technical_project_manager=0.0423 relevance=-0.9511 |  | data job name [general]
data scientist | project_manager=-0.0069 it_project_manager=-0.0065 technical_project_manager=0.0209 relevance=-0.9382 |  | data job name [general]
data analyst | relevance=-0.8286 |  | data job name [general]
machine learning engineer | project_manager=-0.0004 it_project_manager=-0.0007 technical_project_manager=0.0014 relevance=-1.005 |  | ML job name [general]
devops engineer | project_manager=-0.0049 it_project_manager=-0.006 technical_project_manager=0.019 relevance=-0.9792 |  | operations engineering job name [general]
site reliability engineer | relevance=-1.504 |  | operations engineering job name [general]
SRE | relevance=-0.5104 | case | site reliability engineering [general]
QA engineer | relevance=-0.8064 |  | testing job name [general]
business analyst | project_manager=0.0079 it_project_manager=-0.0293 technical_project_manager=0.0313 relevance=-0.5781 |  | analyst role PMs work with, so mild [general]
account manager | relevance=-1.0109 |  | sales role [general]
customer success | project_manager=-0.0011 it_project_manager=0.0019 technical_project_manager=-0.0006 relevance=-0.8869 |  | customer role [general]
nurse | relevance=-2.0008 |  | healthcare job [general]
nursing | relevance=-1.5009 |  | healthcare job [general]
patient care | relevance=-1.0133 |  | healthcare job [general]
