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
# Fitted by `rolescan lexicon fit ../shared/corpora/dev.jsonl --lexicon lexicons/derived.lex --label-field label --text-field description --group-field source,title --name default` from lexicons/derived.lex.
# Labelled postings: project_manager 249, it_project_manager 454, technical_project_manager 539, it_manager 3 (kept); other 9210. Roles marked (kept) had too few postings and keep their weights.
# Only derived numbers are stored: weights, biases and calibration; no posting text.

[lexicon]
name = default
description = derived from role documents by rolescan lexicon derive (fitted to labelled postings)

[roles]
# id | label | prior=P bias=B
project_manager | Project Manager | prior=0.25 bias=-0.2439
it_project_manager | IT Project Manager | prior=0.25 bias=0.1313
technical_project_manager | Technical Project Manager | prior=0.25 bias=0.1126
it_manager | IT Manager | prior=0.25

[model]
temperature = 1.1144
relevance_bias = -3
relevance_scale = 1.3222
relevance_length = 0
relevance_threshold = 0.5
first_mention = 0.702

[terms]
# term | weights | options | note
client | project_manager=0.4027 it_project_manager=-0.2347 technical_project_manager=0.1333 it_manager=-0.372 relevance=-0.0042 |  | z 4.45 -2.82 -0.76 -2.74 n 21 0 6 0
cost | project_manager=0.2105 it_project_manager=-0.1809 technical_project_manager=0.0768 it_manager=-0.682 relevance=0.0853 |  | z 3.27 -2.02 -1.07 -2.31 n 17 4 6 0
quality | project_manager=0.3897 it_project_manager=-0.0742 technical_project_manager=0.3459 relevance=-0.1372 |  | z 3.26 -1.35 -1.20 -1.27 n 9 0 0 0
control | project_manager=0.2846 it_project_manager=0.1531 technical_project_manager=-0.114 it_manager=-0.389 relevance=-0.0581 |  | z 3.21 -1.60 -1.78 -2.42 n 15 4 3 1
estimate | project_manager=0.5428 it_project_manager=0.0269 technical_project_manager=0.0057 relevance=-0.0899 |  | z 2.87 -1.37 -1.37 -1.35 n 9 0 1 0
change | project_manager=0.3523 it_project_manager=-0.3017 technical_project_manager=-0.3766 relevance=0.0568 |  | z 2.74 -2.04 -2.11 -0.21 n 11 1 0 5
implementation | project_manager=0.4315 it_project_manager=-0.129 technical_project_manager=-0.3332 relevance=-0.0653 |  | z 2.70 -0.51 -1.98 -1.81 n 10 4 0 1
general | project_manager=0.4422 it_project_manager=0.0325 technical_project_manager=-0.0035 relevance=-0.1204 |  | z 2.45 -0.97 -1.35 -1.39 n 6 1 0 0
reporting | project_manager=0.589 it_project_manager=0.0627 technical_project_manager=0.086 relevance=-0.065 |  | z 2.40 -1.43 -1.36 -1.40 n 7 0 0 0
expectations | project_manager=0.293 it_project_manager=0.0472 technical_project_manager=0.0063 relevance=0.0247 |  | z 2.34 -0.29 -1.42 -1.44 n 7 3 0 0
partner | project_manager=0.1979 it_project_manager=0.0256 technical_project_manager=0.3648 relevance=0.1002 |  | z 2.31 -1.13 -0.33 -1.07 n 5 0 1 0
event | project_manager=0.5629 it_project_manager=0.0237 technical_project_manager=-0.008 relevance=-0.2649 |  | z 2.29 -1.15 -1.06 -1.11 n 5 0 0 0
type | project_manager=0.7375 it_project_manager=0.1167 technical_project_manager=-0.0263 relevance=0.1116 |  | z 2.21 -1.33 -1.26 -1.29 n 6 0 0 0
company | project_manager=0.2015 it_project_manager=0.2442 technical_project_manager=0.4155 relevance=0.4452 |  | z 2.20 -1.23 -1.46 0.68 n 8 1 0 5
analysis | project_manager=0.4293 it_project_manager=0.1565 technical_project_manager=-0.0618 relevance=-0.3234 |  | z 2.19 -0.86 -0.76 -0.81 n 4 0 0 0
available | project_manager=0.551 it_project_manager=0.0844 technical_project_manager=0.0274 relevance=-0.0639 |  | z 2.18 -1.20 -1.12 -1.16 n 5 0 0 0
share | project_manager=0.5562 it_project_manager=0.0209 technical_project_manager=0.0116 relevance=-0.1715 |  | z 2.04 -1.03 -0.96 -1.00 n 4 0 0 0
order | project_manager=0.3524 it_project_manager=-0.0467 technical_project_manager=0.0314 relevance=-0.0545 |  | z 2.03 -1.41 -1.34 -0.19 n 5 0 0 2
record | project_manager=0.172 it_project_manager=0.015 technical_project_manager=0.055 relevance=-0.1449 |  | z 1.99 -1.39 -0.72 -1.74 n 8 2 3 1
set | project_manager=-0.0246 it_project_manager=0.0603 technical_project_manager=-0.4125 relevance=-0.1106 |  | z 1.61 -0.17 -2.04 -1.06 n 8 5 0 3
plan | project_manager=0.1298 it_project_manager=-0.02 technical_project_manager=-0.2441 it_manager=-0.218 relevance=-0.2173 |  | z 1.35 0.56 -2.73 -2.60 n 17 16 4 5
resource | project_manager=0.0237 it_project_manager=0.0817 technical_project_manager=-0.0496 it_manager=-0.602 relevance=-0.1948 |  | z 0.93 0.55 -1.13 -2.53 n 11 11 6 0
manager | project_manager=0.0789 it_project_manager=-0.1402 technical_project_manager=-0.0869 it_manager=-0.158 relevance=-0.3129 |  | z 0.70 -3.64 0.52 -2.86 n 28 11 28 14
business | project_manager=0.249 it_project_manager=0.556 technical_project_manager=0.0208 it_manager=-0.207 relevance=0.2543 |  | z -0.75 2.86 -0.86 -2.29 n 5 17 5 1
vendor | project_manager=0.0471 it_project_manager=0.8419 technical_project_manager=-0.5875 it_manager=-0.744 relevance=0.0614 |  | z -1.94 2.68 -1.96 -1.99 n 0 23 0 0
progress | project_manager=0.0668 it_project_manager=0.2929 technical_project_manager=0.0753 relevance=0.0163 |  | z -1.31 2.55 -1.35 -1.48 n 1 8 1 0
non | project_manager=0.1317 it_project_manager=0.5327 technical_project_manager=-0.0278 relevance=-0.3065 |  | z -1.32 2.39 -1.35 -1.39 n 0 7 0 0
contract | project_manager=0.0764 it_project_manager=0.2205 technical_project_manager=0.1933 relevance=0.3751 |  | z -0.43 2.36 -1.54 -1.58 n 2 7 0 0
server | project_manager=0.0498 it_project_manager=0.3393 technical_project_manager=-0.0415 relevance=-0.218 |  | z -1.51 2.35 -1.53 -0.58 n 0 7 0 2
updates | project_manager=0.0739 it_project_manager=0.3103 technical_project_manager=-0.0048 relevance=-0.0946 |  | z -1.29 2.34 -1.30 -0.68 n 0 7 0 2
initiatives | project_manager=0.2126 it_project_manager=0.5394 technical_project_manager=0.0459 relevance=0.4249 |  | z -1.19 2.30 -1.22 -1.26 n 0 6 0 0
clear | project_manager=0.1521 it_project_manager=0.349 technical_project_manager=-0.044 relevance=-0.1162 |  | z -1.31 2.29 -1.34 -0.93 n 0 6 0 1
end | project_manager=-0.0068 it_project_manager=0.1563 technical_project_manager=0.2835 relevance=0.2651 |  | z -1.34 2.17 0.25 -1.46 n 0 7 3 0
metrics | project_manager=-0.0068 it_project_manager=0.7358 technical_project_manager=-0.0087 relevance=-0.1848 |  | z -1.33 2.16 -1.35 -1.38 n 0 7 0 0
lifecycle | project_manager=0.0916 it_project_manager=0.2934 technical_project_manager=0.0652 relevance=0.0504 |  | z -1.23 2.08 -1.26 -0.72 n 0 5 0 1
risk | project_manager=0.1676 it_project_manager=-0.0497 technical_project_manager=-0.0393 it_manager=-0.507 relevance=0.109 |  | z -1.27 1.18 0.50 -2.23 n 3 9 7 0
goals | project_manager=0.1048 it_project_manager=-0.0591 technical_project_manager=-0.5827 relevance=-0.3146 |  | z -0.42 0.84 -2.39 -0.24 n 7 11 0 8
communication | project_manager=0.2034 it_project_manager=-0.0672 technical_project_manager=-0.291 relevance=-0.5631 |  | z 0.05 0.54 -2.32 0.25 n 6 8 0 7
management | project_manager=0.3426 it_project_manager=0.0583 technical_project_manager=-0.2036 relevance=-0.2439 |  | z -0.60 0.30 -2.37 -0.91 n 13 18 7 13
technical | project_manager=-0.3098 it_project_manager=-0.1442 technical_project_manager=0.3914 it_manager=-0.142 relevance=0.0621 |  | z -5.70 -4.14 7.32 -3.41 n 3 21 85 24
engineer | project_manager=0.0023 it_project_manager=-0.0823 technical_project_manager=0.5768 relevance=-0.4023 |  | z -1.43 -1.74 4.61 -1.63 n 0 0 18 0
development | project_manager=0.1441 it_project_manager=-0.0512 technical_project_manager=0.379 relevance=-0.5873 |  | z -1.77 -1.76 3.99 -0.58 n 0 1 17 4
engineering | project_manager=-0.0372 it_project_manager=-0.0515 technical_project_manager=0.7436 relevance=0.1949 |  | z -1.14 -1.41 3.94 -1.32 n 0 0 13 0
testing | project_manager=0.0488 it_project_manager=-0.3335 technical_project_manager=0.5597 it_manager=-0.324 relevance=-0.5372 |  | z -1.89 -2.07 3.74 -2.01 n 0 0 15 0
architecture | project_manager=-0.0184 it_project_manager=-0.3106 technical_project_manager=0.4056 relevance=-0.0692 |  | z -1.91 -2.08 3.02 -0.28 n 0 0 11 4
design | project_manager=0.1227 it_project_manager=-0.0594 technical_project_manager=0.3607 relevance=-0.4251 |  | z 0.19 -1.06 2.84 -0.97 n 2 0 8 0
code | project_manager=0.0355 it_project_manager=-0.0313 technical_project_manager=0.3655 relevance=-0.4597 |  | z -0.90 -0.56 2.76 -1.03 n 0 1 7 0
documentation | project_manager=0.023 it_project_manager=0.0752 technical_project_manager=0.6196 relevance=-0.4091 |  | z -1.51 -1.62 2.66 -1.58 n 0 0 9 0
experience | project_manager=0.3295 it_project_manager=0.1428 technical_project_manager=0.1404 relevance=-0.8404 |  | z 1.18 1.04 2.64 0.89 n 1 2 6 1
background | project_manager=0.0218 it_project_manager=0.1258 technical_project_manager=0.252 relevance=-0.1353 |  | z -1.47 -1.61 2.52 -0.46 n 0 0 7 2
source | project_manager=0.094 it_project_manager=-0.0401 technical_project_manager=0.4897 relevance=-0.195 |  | z -1.09 -1.23 2.52 -1.18 n 0 0 6 0
software development | project_manager=0.1197 it_project_manager=-0.069 technical_project_manager=0.5197 relevance=-0.0817 |  | z -1.11 -1.24 2.50 -1.19 n 0 0 6 0
development team | project_manager=0.0878 it_project_manager=-0.0193 technical_project_manager=0.7602 relevance=-0.2199 |  | z -1.53 -1.61 2.40 -1.58 n 0 0 10 0
user | project_manager=0.0875 it_project_manager=-0.007 technical_project_manager=0.2564 relevance=-0.332 |  | z -1.33 -1.03 2.36 -0.40 n 0 1 7 2
components | project_manager=0.003 it_project_manager=0.0045 technical_project_manager=0.7152 relevance=-0.1133 |  | z -1.33 -1.42 2.28 -1.39 n 0 0 7 0
field | project_manager=0.0264 it_project_manager=-0.0307 technical_project_manager=0.3867 relevance=-0.2097 |  | z -1.33 -0.30 2.28 -1.43 n 0 2 6 0
senior | project_manager=0.1444 it_project_manager=0.1112 technical_project_manager=0.2508 relevance=-0.0842 |  | z -0.12 -0.97 2.28 -0.91 n 1 0 5 0
advanced | project_manager=0.0228 it_project_manager=0.0357 technical_project_manager=0.5886 relevance=0.0718 |  | z -1.06 -1.17 2.22 -1.13 n 0 0 5 0
expert | project_manager=0.0083 it_project_manager=0.09 technical_project_manager=0.3674 relevance=-0.1513 |  | z -1.18 -0.66 2.22 -1.25 n 0 1 5 0
release | project_manager=0.0264 it_project_manager=-0.0177 technical_project_manager=0.6912 relevance=-0.0117 |  | z -1.23 -1.33 2.20 -1.29 n 0 0 6 0
language | project_manager=0.0074 it_project_manager=-0.0194 technical_project_manager=0.4285 relevance=-0.4278 |  | z -0.59 -0.75 2.19 -0.69 n 0 0 4 0
evaluation | project_manager=-0.0015 it_project_manager=-0.005 technical_project_manager=0.4516 relevance=-0.1026 |  | z -1.15 -0.85 2.16 -1.19 n 0 1 5 0
coding | technical_project_manager=0.627 relevance=-0.2234 |  | z -1.11 -1.21 2.11 -1.17 n 0 0 5 0
specifications | project_manager=-0.0218 it_project_manager=0.0286 technical_project_manager=0.8419 relevance=-0.1527 |  | z -1.34 -1.41 2.07 -1.39 n 0 0 8 0
understanding | project_manager=0.1481 it_project_manager=-0.109 technical_project_manager=0.2506 relevance=-0.6782 |  | z -0.97 -0.55 2.04 -0.48 n 0 1 5 1
specialist | project_manager=0.0024 it_project_manager=0.0442 technical_project_manager=0.2863 relevance=-0.3524 |  | z -0.12 -1.32 1.97 -1.30 n 2 0 5 0
jira | project_manager=0.0771 it_project_manager=-0.0116 technical_project_manager=0.2703 relevance=0.057 |  | z -1.23 -0.31 1.97 -1.27 n 0 2 5 0
vocabulary | project_manager=0.0125 it_project_manager=-0.0044 technical_project_manager=-0.0072 it_manager=-0.248 relevance=0.0155 |  | z -0.71 -1.78 1.09 -2.32 n 8 6 13 4
department | project_manager=-0.4791 it_project_manager=-0.1068 technical_project_manager=-0.7565 it_manager=0.539 relevance=0.1968 |  | z -2.34 -2.47 -2.37 4.75 n 0 3 0 26
network | project_manager=-0.4137 it_project_manager=-0.1142 technical_project_manager=-0.414 it_manager=0.429 relevance=-0.1183 |  | z -2.62 -1.88 -2.66 4.73 n 0 5 0 25
security | project_manager=-0.2638 it_project_manager=0.1114 technical_project_manager=-0.1849 it_manager=0.357 relevance=0.0863 |  | z -2.50 -1.19 -2.57 4.34 n 0 5 0 21
infrastructure | project_manager=-0.2171 it_project_manager=0.0178 technical_project_manager=-0.1793 it_manager=0.412 relevance=0.2476 |  | z -2.28 -1.54 -2.34 4.12 n 0 3 0 18
support | project_manager=0.1923 it_project_manager=0.246 technical_project_manager=0.006 it_manager=0.341 relevance=-0.1474 |  | z -1.44 -1.69 -0.62 3.45 n 0 0 2 12
IT team | project_manager=0.0437 it_project_manager=0.0125 technical_project_manager=-0.0283 it_manager=0.426 relevance=-0.0034 | case | z -0.98 -1.32 -0.98 3.34 n 0 3 0 13
system | project_manager=-0.2078 it_project_manager=0.032 technical_project_manager=0.0863 it_manager=0.15 relevance=-0.1595 |  | z -4.20 -2.70 0.28 3.34 n 0 11 22 36
hardware | project_manager=0.0096 it_project_manager=-0.1151 technical_project_manager=-0.4993 it_manager=0.295 relevance=0.1357 |  | z -1.95 -0.42 -1.97 3.32 n 0 7 0 16
operations | project_manager=0.0983 it_project_manager=0.0674 technical_project_manager=0.093 it_manager=0.471 relevance=-0.0108 |  | z -1.65 -1.40 -1.69 3.10 n 0 1 0 10
technologies | project_manager=0.0396 it_project_manager=0.0202 technical_project_manager=0.0857 it_manager=0.434 relevance=-0.3188 |  | z -1.01 -1.21 -1.06 2.98 n 0 0 0 8
staff | project_manager=0.0612 it_project_manager=-0.0354 technical_project_manager=-0.0106 it_manager=0.387 relevance=-0.4961 |  | z -1.29 -1.47 -1.70 2.84 n 1 1 0 9
technology | project_manager=0.2093 it_project_manager=0.1417 technical_project_manager=0.4908 it_manager=0.262 relevance=0.8505 |  | z -1.61 -0.51 -1.25 2.75 n 0 3 1 10
solutions | project_manager=0.1253 it_project_manager=0.1656 technical_project_manager=0.4331 it_manager=0.303 relevance=0.5556 |  | z -0.13 -0.36 -0.20 2.46 n 0 0 0 5
policy | project_manager=0.0116 it_project_manager=0.017 technical_project_manager=-0.0007 it_manager=0.593 relevance=-0.4953 |  | z -1.20 -1.31 -1.23 2.32 n 0 0 0 6
data | project_manager=0.1031 it_project_manager=-0.0611 technical_project_manager=0.3334 it_manager=0.158 relevance=-0.0284 |  | z -0.70 1.10 -0.43 2.29 n 0 6 1 9
employee | project_manager=-0.0565 it_project_manager=0.212 technical_project_manager=0.0259 it_manager=0.193 relevance=-0.4644 |  | z 1.06 -1.91 -1.75 2.17 n 6 0 0 9
asset | project_manager=0.0941 it_project_manager=-0.0775 technical_project_manager=0.0458 it_manager=0.795 relevance=-0.2348 |  | z -1.38 -1.46 -1.40 2.16 n 0 0 0 8
strategy | project_manager=0.1275 it_project_manager=-0.0328 technical_project_manager=0.0397 it_manager=0.575 relevance=-0.3214 |  | z -1.08 -1.19 -1.11 2.15 n 0 0 0 5
regular | project_manager=0.0441 it_project_manager=0.0046 technical_project_manager=0.0006 it_manager=0.421 relevance=-0.0763 |  | z -1.21 -0.82 -1.23 2.12 n 0 1 0 5
policies | it_manager=0.692 |  | z -1.23 -1.32 -1.26 2.11 n 0 0 0 6
future | project_manager=0.0985 it_project_manager=0.0007 technical_project_manager=0.119 it_manager=0.447 relevance=0.0194 |  | z -0.75 -0.89 -0.79 2.09 n 0 0 0 4
administration | project_manager=0.0788 it_project_manager=0.0046 technical_project_manager=-0.018 it_manager=0.773 relevance=-0.1752 |  | z -1.30 -1.38 -1.33 2.07 n 0 0 0 7
upgrade | project_manager=0.0127 it_project_manager=0.054 technical_project_manager=-0.0472 it_manager=0.214 relevance=-0.0061 |  | z -1.38 0.42 -1.39 2.05 n 0 6 0 9
maintain | project_manager=0.1296 it_project_manager=0.0055 technical_project_manager=-0.0635 it_manager=0.222 relevance=-0.498 |  | z 0.02 -1.75 -1.16 2.02 n 3 0 1 7
information | project_manager=0.1397 it_project_manager=0.1288 technical_project_manager=-0.0062 it_manager=0.224 relevance=-0.3455 |  | z -0.59 -0.26 -1.20 2.02 n 1 2 0 6
day | project_manager=0.0432 it_project_manager=-0.0331 technical_project_manager=0.2514 it_manager=0.246 relevance=0.0729 |  | z -0.95 0.10 -1.00 1.96 n 0 2 0 5
software | project_manager=-0.2952 it_project_manager=-0.0405 technical_project_manager=0.3757 relevance=0.2229 |  | z -2.99 0.42 -0.38 1.47 n 0 14 10 17
organization | project_manager=0.0165 it_project_manager=0.0674 technical_project_manager=0.0146 relevance=0.1598 |  | z -1.20 -0.14 -2.28 0.73 n 6 10 3 12
project manager | project_manager=1.5376 it_project_manager=0.4697 technical_project_manager=0.2767 relevance=4.6558 | title | role name; also appears inside IT and technical ads, hence the lower role weight [seeds 000-004]
IT project manager | project_manager=0.1011 it_project_manager=2.9043 technical_project_manager=0.1223 relevance=5.7587 | case title | role name; `case` keeps the pronoun out; Title Case still matches [seeds 000, 001, 003, 004]
information technology project manager | project_manager=-0.0015 it_project_manager=3.0032 technical_project_manager=-0.0012 relevance=5.0029 | title | role name, spelled out [seed 001]
IT PM | project_manager=-0.0024 it_project_manager=2.5093 technical_project_manager=-0.0044 relevance=4.0263 | case title | short role name [seed 001]
technical project manager | project_manager=-0.0508 it_project_manager=0.0783 technical_project_manager=3.0837 relevance=6.1856 | title | role name [seeds 000, 001, 002, 004]
technical PM | project_manager=0.0542 it_project_manager=-0.0077 technical_project_manager=2.4601 relevance=4.026 | title | short role name [seed 001]
IT manager | project_manager=-0.0017 it_project_manager=0.1557 technical_project_manager=-0.0007 it_manager=3 relevance=4.4712 | case title | role name; `case` keeps the pronoun out; Title Case still matches [seed 003]
information technology manager | it_manager=3 relevance=4.4705 | title | role name, spelled out [seeds 000, 003]
IT director | it_manager=2 relevance=2.9659 | case title | senior IT management title [general]
director of IT | project_manager=-0.0001 it_project_manager=0.001 technical_project_manager=-0.0003 it_manager=2 relevance=2.9374 | case title | senior IT management title [general]
head of IT | it_manager=2 relevance=2.9994 | case title | leads the IT department [general]
IT operations manager | it_manager=2.5 relevance=4 | case title | IT manager variant [seed 003]
project management | project_manager=0.5757 it_project_manager=-0.0443 technical_project_manager=-0.0664 it_manager=-0.3 relevance=1.3978 |  | shared core discipline; IT managers go beyond it [seeds 000-004]
IT project management | project_manager=-0.0175 it_project_manager=2.0579 technical_project_manager=-0.0251 relevance=2.6516 | case | the IT PM's discipline [seeds 003, 004]
technical project management | project_manager=0.0374 it_project_manager=-0.0175 technical_project_manager=1.9879 relevance=2.5777 |  | the TPM's discipline [seeds 001, 002]
IT management | project_manager=-0.0003 it_project_manager=0.3006 technical_project_manager=-0.0002 it_manager=1 relevance=0.9958 | case | managing IT as a function [seed 004]
IT project | project_manager=0.0766 it_project_manager=1.179 technical_project_manager=0.2674 relevance=1.1167 | case | `case` so "make it project-ready" cannot match; ads write "IT projects" [seeds 001, 002, 003, 004]
information technology project | project_manager=-0.0061 it_project_manager=1.2505 technical_project_manager=-0.0068 relevance=1.0615 |  | spelled out [seed 001]
technology project | project_manager=0.0302 it_project_manager=0.8012 technical_project_manager=0.3862 relevance=0.7334 |  | tech-driven projects [seed 001]
technical project | project_manager=-0.0223 it_project_manager=-0.0405 technical_project_manager=1.291 relevance=0.9703 |  | technical projects, technical project delivery [seeds 001, 004]
engineering project | project_manager=0.1995 it_project_manager=-0.0007 technical_project_manager=1.2016 relevance=0.598 |  | TPMs take IT or engineering projects [seed 002]
infrastructure project | project_manager=0.3661 it_project_manager=0.799 technical_project_manager=0.0989 relevance=1.0693 |  | IT infrastructure work run as projects (also civil works) [seeds 001, 003]
PM | project_manager=0.3662 it_project_manager=0.0239 technical_project_manager=-0.0332 relevance=0.5063 | case | abbreviation; weak: also clock times and product managers [seed 001]
ERP | project_manager=0.0796 it_project_manager=0.9924 technical_project_manager=-0.0019 relevance=0.1495 | case | ERP rollouts are classic IT projects [general]
ICT | it_project_manager=0.6 it_manager=0.4 relevance=0.1922 | case | ICT systems [seed 004]
PMP | project_manager=0.4035 it_project_manager=0.609 technical_project_manager=0.0074 it_manager=-0.3 relevance=1.0089 | case | PMP suits IT PMs, ITIL suits IT managers [seed 003]
IT | project_manager=-0.273 it_project_manager=0.642 technical_project_manager=0.0414 it_manager=0.3 relevance=0.3291 | case | acronym only in capitals; never the pronoun [seeds 000-004]
TPM | project_manager=-0.0455 it_project_manager=-0.0215 technical_project_manager=1.0781 relevance=0.1953 | case | abbreviation; also used for technical PROGRAM managers, so no relevance [seed 001]
SDLC | project_manager=0.0117 it_project_manager=0.3025 technical_project_manager=0.9975 relevance=0.0709 | case | software lifecycle; common in developer ads, so no relevance [general]
QA | project_manager=0.0222 it_project_manager=0.0082 technical_project_manager=0.7735 relevance=-0.141 | case | quality assurance in software [general]
API | project_manager=0.0262 it_project_manager=-0.0137 technical_project_manager=0.7912 relevance=-0.3006 | case | technical integration vocabulary [general]
AWS | project_manager=-0.037 it_project_manager=0.1675 technical_project_manager=0.701 it_manager=0.1 relevance=-0.0904 | case | cloud platform [general]
ITIL | project_manager=-0.3 technical_project_manager=-0.4 it_manager=1.2 relevance=0.526 | case | IT manager certification [seed 003]
IT support | project_manager=-0.0236 it_project_manager=-0.0353 technical_project_manager=0.0848 it_manager=1.2 relevance=0.4441 | case exact | support to employees; `exact` so "it supports" cannot match [seed 003]
LAN | project_manager=-0.0077 it_project_manager=0.0179 technical_project_manager=-0.0013 it_manager=0.6 relevance=-0.0214 | case | local network [general]
WAN | project_manager=-0.0077 it_project_manager=0.0179 technical_project_manager=-0.0013 it_manager=0.6 relevance=-0.0234 | case | wide-area network [general]
SOW | project_manager=0.3 it_project_manager=0.3 relevance=0.5486 | case | statement of work [seed 002]
project | project_manager=0.1834 it_project_manager=0.2844 technical_project_manager=0.1794 relevance=0.461 |  | every role here revolves around projects except the IT manager's standing duties [seeds 000-004]
project plan | project_manager=-0.0139 it_project_manager=-0.0307 technical_project_manager=0.0928 it_manager=-0.2 relevance=1.1385 |  | creating detailed project plans [seeds 003, 004]
project planning | project_manager=-0.0168 it_project_manager=-0.0338 technical_project_manager=0.0664 relevance=1.0515 |  | planning the implementation process [seeds 000, 004]
project schedule | project_manager=0.2509 it_project_manager=0.0789 technical_project_manager=-0.0098 relevance=1.0145 |  | PM owns the schedule [seed 002]
project scope | project_manager=0.0334 it_project_manager=-0.0165 technical_project_manager=-0.0096 relevance=0.9306 |  | defining project scope [seed 003]
project budget | project_manager=0.1885 it_project_manager=-0.0088 technical_project_manager=0.0231 relevance=1.0218 |  | creating and managing project budgets [seeds 002, 004]
project timeline | project_manager=0.0053 it_project_manager=-0.0267 technical_project_manager=0.0242 relevance=0.9273 |  | creating timelines [seed 002]
project lifecycle | project_manager=-0.0066 it_project_manager=0.3099 technical_project_manager=0.0007 it_manager=-0.2 relevance=0.8692 |  | managing the project lifecycle [seed 003]
project life cycle | project_manager=0.0339 it_project_manager=0.2671 technical_project_manager=-0.0006 it_manager=-0.2 relevance=1.0001 |  | three-word spelling [seed 003]
project delivery | project_manager=0.0039 it_project_manager=-0.0128 technical_project_manager=0.0336 relevance=0.9627 |  | delivering projects [seed 004]
project team | project_manager=-0.0262 it_project_manager=-0.0587 technical_project_manager=0.1185 relevance=0.749 |  | managing the project team [seeds 001, 003, 004]
project status | project_manager=0.1052 it_project_manager=-0.0809 technical_project_manager=-0.0233 relevance=0.6742 |  | reporting status [seed 000]
project closure | project_manager=0.0015 it_project_manager=-0.0011 technical_project_manager=-0.0003 relevance=0.9653 |  | closure phase [seed 003]
project risk | project_manager=0.0555 it_project_manager=-0.0424 technical_project_manager=-0.011 relevance=0.9002 |  | awareness of project risks [seed 001]
multiple projects | project_manager=0.2339 it_project_manager=-0.0339 technical_project_manager=0.0228 relevance=0.5968 |  | juggling several projects [general]
scope | project_manager=-0.0358 it_project_manager=0.0547 technical_project_manager=0.0539 relevance=0.417 |  | scope, schedule, budget [seeds 002, 003, 004]
scope creep | project_manager=0.0028 it_project_manager=-0.0007 technical_project_manager=-0.0017 relevance=0.8001 |  | uncontrolled scope change [general]
schedule | project_manager=0.1354 it_project_manager=-0.1564 technical_project_manager=0.1299 relevance=0.279 |  | also shift schedules in unrelated ads, so low [seeds 000, 002]
scheduling | project_manager=0.2026 it_project_manager=0.0212 technical_project_manager=-0.0223 relevance=0.1741 |  | PM duty [seed 000]
budget | project_manager=0.143 it_project_manager=-0.0046 technical_project_manager=0.021 it_manager=0.1 relevance=0.2577 |  | managing budgets [seeds 000-004]
within budget | project_manager=-0.0105 it_project_manager=0.0507 technical_project_manager=-0.0316 relevance=0.7157 |  | delivering on time and within budget [seeds 001, 004]
cost overrun | relevance=0.8 |  | avoiding cost overruns [seed 004]
timeline | project_manager=0.0571 it_project_manager=0.0083 technical_project_manager=0.0787 relevance=0.3121 |  | timelines and coordination [seeds 001, 002]
deadline | project_manager=0.07 it_project_manager=-0.0176 technical_project_manager=-0.0479 relevance=-0.0018 |  | meeting deadlines [seeds 003, 004]
milestone | project_manager=0.02 it_project_manager=-0.0706 technical_project_manager=0.0919 it_manager=-0.2 relevance=0.7481 |  | project milestones [seeds 003, 004]
deliverable | project_manager=0.1006 it_project_manager=0.0033 technical_project_manager=-0.0495 it_manager=-0.2 relevance=0.6587 |  | deliverables and due dates [seeds 003, 004]
stakeholder | project_manager=0.1127 it_project_manager=-0.012 technical_project_manager=0.085 relevance=0.304 |  | coordinating with stakeholders; developer ads use it too [seeds 001, 003]
stakeholder management | project_manager=0.0732 it_project_manager=-0.0751 technical_project_manager=0.0483 relevance=1.1906 |  | managing stakeholders [seeds 001, 003]
risk management | project_manager=0.1205 it_project_manager=-0.0816 technical_project_manager=0.0342 relevance=0.8902 |  | managing risks [seeds 003, 004]
risk register | relevance=0.9994 |  | risk log [general]
RAID log | project_manager=-0.0367 it_project_manager=0.0205 technical_project_manager=0.0195 relevance=1.029 |  | risks, assumptions, issues, dependencies [general]
status report | project_manager=0.0476 it_project_manager=-0.0333 technical_project_manager=-0.0101 relevance=0.9984 |  | interim and final reporting [seed 000]
progress update | relevance=0.5927 |  | progress updates to stakeholders [seed 003]
resource allocation | project_manager=-0.0214 it_project_manager=0.0449 technical_project_manager=-0.0183 relevance=0.7891 |  | allocating resources [seed 003]
requirements gathering | project_manager=0.2099 it_project_manager=0.2929 technical_project_manager=-0.0018 relevance=0.5675 |  | gathering requirements [seeds 002, 003]
work breakdown structure | project_manager=0.309 it_project_manager=0.0199 technical_project_manager=-0.0176 relevance=0.8261 |  | breaking work down [seed 002]
change management | project_manager=0.0669 it_project_manager=0.3307 technical_project_manager=-0.0505 it_manager=0.2 relevance=0.4479 |  | organizational and ITIL change control [general]
kickoff | project_manager=0.0279 it_project_manager=-0.0072 technical_project_manager=-0.0183 relevance=0.5425 |  | project kickoff [general]
lessons learned | project_manager=0.0029 it_project_manager=-0.001 technical_project_manager=-0.0019 relevance=0.7955 |  | project closure review [general]
closeout | project_manager=0.8395 it_project_manager=-0.0359 technical_project_manager=-0.0025 relevance=0.6237 |  | project closeout, common in construction [general]
governance | project_manager=0.0481 it_project_manager=0.1598 technical_project_manager=0.1106 relevance=0.7271 |  | project and IT governance [general]
PMO | project_manager=0.0018 it_project_manager=0.3097 technical_project_manager=0.0224 relevance=0.9239 |  | project management office [general]
project management office | project_manager=-0.0043 it_project_manager=0.3366 technical_project_manager=-0.0087 relevance=1.0674 |  | PMO spelled out [general]
steering committee | project_manager=-0.0057 it_project_manager=0.3095 technical_project_manager=-0.0025 relevance=0.7776 |  | project governance body [general]
business case | project_manager=-0.0356 it_project_manager=0.3107 technical_project_manager=0.0325 relevance=0.5877 |  | justifying a project [general]
statement of work | project_manager=0.3 it_project_manager=0.3 relevance=0.569 |  | contracting a project [seed 002]
RFP | project_manager=0.2 it_project_manager=0.3 it_manager=0.3 relevance=0.438 |  | request for proposal [seed 004]
RACI | project_manager=0.026 it_project_manager=-0.0247 technical_project_manager=-0.0012 relevance=0.8033 |  | responsibility matrix [general]
PMBOK | project_manager=0.3 relevance=0.8 |  | PMI body of knowledge [general]
PMI | project_manager=-0.0275 it_project_manager=0.0207 technical_project_manager=0.0112 relevance=0.5518 |  | Project Management Institute [general]
CAPM | project_manager=0.2973 it_project_manager=0.0034 technical_project_manager=-0.0005 relevance=0.8048 |  | entry PM certification [general]
waterfall | project_manager=0.0362 it_project_manager=0.1321 technical_project_manager=0.0461 relevance=0.5668 |  | traditional method [general]
Gantt | project_manager=0.2999 technical_project_manager=0.0001 relevance=0.8302 |  | Gantt charts [general]
critical path | project_manager=0.39 it_project_manager=0.0233 technical_project_manager=-0.0108 relevance=0.8314 |  | schedule analysis [general]
earned value | project_manager=0.3 relevance=0.8 |  | cost and schedule control [general]
Microsoft Project | project_manager=0.2776 it_project_manager=0.3222 technical_project_manager=0.0058 relevance=0.7854 |  | PM software [seed 004]
MS Project | project_manager=0.3219 it_project_manager=0.2914 technical_project_manager=-0.0105 relevance=0.7443 |  | short name of Microsoft Project [seed 004]
Smartsheet | project_manager=0.3132 it_project_manager=-0.0067 technical_project_manager=-0.0045 relevance=0.4683 |  | PM software [general]
Trello | project_manager=0.2357 it_project_manager=-0.035 technical_project_manager=-0.0007 relevance=0.3049 |  | task boards [seed 004]
scrum master | project_manager=0.2897 it_project_manager=-0.1606 technical_project_manager=-0.0373 relevance=-2.0469 |  | neighbouring agile role, not in scope [general]
CSM | project_manager=0.0057 it_project_manager=-0.0017 technical_project_manager=-0.0036 relevance=-0.9644 | case | Certified ScrumMaster [general]
agile coach | project_manager=0.102 it_project_manager=-0.0557 technical_project_manager=-0.0351 relevance=-1.9254 |  | neighbouring agile role [general]
release train engineer | project_manager=-0.0139 it_project_manager=0.0328 technical_project_manager=-0.0131 relevance=-2.4581 |  | SAFe role, not in scope [general]
RTE | project_manager=-0.0287 it_project_manager=0.0388 technical_project_manager=-0.0059 relevance=-1.4459 | case | release train engineer [general]
agile release train | project_manager=-0.0179 it_project_manager=0.0242 technical_project_manager=-0.0037 relevance=-0.9796 |  | SAFe construct [general]
SAFe | project_manager=0.0906 it_project_manager=-0.0401 technical_project_manager=-0.0329 relevance=-0.7187 | case | Scaled Agile Framework; `case` keeps the word "safe" out [general]
PI planning | project_manager=0.028 it_project_manager=-0.0132 technical_project_manager=-0.0098 relevance=-1.002 |  | SAFe programme increment planning [general]
sprint planning | project_manager=0.0861 it_project_manager=-0.0202 technical_project_manager=-0.0575 relevance=-0.2324 |  | Scrum ceremony [general]
retrospective | project_manager=0.0318 it_project_manager=-0.022 technical_project_manager=0.1003 relevance=-0.3124 |  | Scrum ceremony [general]
delivery manager | project_manager=-0.0041 it_project_manager=-0.0113 technical_project_manager=0.0202 relevance=-1.493 |  | neighbouring role [general]
program manager | project_manager=-0.0929 it_project_manager=0.0425 technical_project_manager=0.0866 relevance=-1.2197 |  | different role from project manager [seed 002]
programme manager | relevance=-1.5 |  | British spelling [seed 002]
technical program manager | project_manager=-0.0732 it_project_manager=-0.0788 technical_project_manager=0.5225 relevance=-1.5038 |  | different role from technical project manager [general]
technical programme manager | technical_project_manager=0.3 relevance=-2 |  | British spelling [general]
program management | project_manager=-0.0166 it_project_manager=0.0282 technical_project_manager=0.0171 relevance=-0.352 |  | programme-level work [seed 002]
product manager | project_manager=0.0344 it_project_manager=-0.0249 technical_project_manager=0.0018 relevance=-1.8387 |  | product role, not project role [general]
product owner | project_manager=0.0717 it_project_manager=-0.0098 technical_project_manager=-0.0525 relevance=-1.3869 |  | Scrum product role [general]
product management | project_manager=-0.0019 it_project_manager=0.0049 technical_project_manager=-0.0027 relevance=-1.0364 |  | product discipline [general]
product roadmap | project_manager=0.0006 it_project_manager=-0.0003 technical_project_manager=-0.0003 relevance=-0.5107 |  | product planning [general]
engineering manager | project_manager=-0.0003 it_project_manager=-0.0007 technical_project_manager=0.0013 relevance=-1.5051 |  | people manager of engineers [general]
software engineer | project_manager=-0.0001 technical_project_manager=0.3001 relevance=-0.7084 |  | developer job name; TPM ads mention them too, so mild [general]
software developer | project_manager=0.0221 it_project_manager=-0.0003 technical_project_manager=0.2782 relevance=-0.8765 |  | developer job name [general]
software development engineer | relevance=-1.0015 |  | developer job name [general]
web developer | relevance=-1.0082 |  | developer job name [general]
backend engineer | relevance=-1.016 |  | developer job name [general]
frontend engineer | relevance=-1.0062 |  | developer job name [general]
full stack engineer | relevance=-1.0104 |  | developer job name [general]
data engineer | project_manager=-0.0197 it_project_manager=-0.013 technical_project_manager=0.0448 relevance=-0.9426 |  | data job name [general]
data scientist | project_manager=-0.0062 it_project_manager=-0.008 technical_project_manager=0.0227 relevance=-0.9321 |  | data job name [general]
data analyst | relevance=-0.8316 |  | data job name [general]
machine learning engineer | project_manager=-0.0003 it_project_manager=-0.0008 technical_project_manager=0.0014 relevance=-0.989 |  | ML job name [general]
devops engineer | project_manager=-0.0054 it_project_manager=-0.0088 technical_project_manager=0.0245 relevance=-0.9815 |  | operations engineering job name [general]
site reliability engineer | relevance=-1.5047 |  | operations engineering job name [general]
SRE | relevance=-0.5115 | case | site reliability engineering [general]
QA engineer | relevance=-0.8072 |  | testing job name [general]
business analyst | project_manager=0.0077 it_project_manager=-0.0382 technical_project_manager=0.0395 relevance=-0.5976 |  | analyst role PMs work with, so mild [general]
account manager | relevance=-1.0146 |  | sales role [general]
customer success | project_manager=-0.0007 it_project_manager=0.0016 technical_project_manager=-0.0007 relevance=-0.8696 |  | customer role [general]
nurse | relevance=-2.0009 |  | healthcare job [general]
nursing | relevance=-1.501 |  | healthcare job [general]
patient care | relevance=-1.0075 |  | healthcare job [general]
