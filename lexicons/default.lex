# derived: a rolescan lexicon derived by `rolescan lexicon derive`.
# Generated file: do not edit the derived section by hand; rerun the command.
# Command: rolescan lexicon derive --name derived --role project_manager=corpora/roles/project_manager.md --role it_project_manager=corpora/roles/it_project_manager.md --role technical_project_manager=corpora/roles/technical_project_manager.md --role it_manager=corpora/roles/it_manager.md --code project_manager=13-1082.00 --code it_project_manager=15-1299.09 --code technical_project_manager=15-1299.09 --code it_manager=11-3021.00 --strip '\[(seeds?|general)[^\]]*\]' --background ../shared/corpora/dev.jsonl --text-field description --no-relevance --weight-scale 0.2 --curated lexicons/curated.lex
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
# Fitted by `rolescan lexicon fit ../shared/corpora/dev.jsonl --lexicon lexicons/derived.lex --label-field label --text-field description --group-field group --name default --learn 1000 --learn-budget 0.4 --l2-learned-relevance inf --keep-biases` from lexicons/derived.lex.
# Labelled postings: project_manager 249, it_project_manager 454, technical_project_manager 539, it_manager 3 (kept); other 9210. Roles marked (kept) had too few postings and keep their weights.
# Only derived numbers are stored: weights, biases and calibration; no posting text.

[lexicon]
name = default
description = derived from role documents by rolescan lexicon derive (fitted to labelled postings)

[roles]
# id | label | prior=P bias=B code=C
project_manager | Project Manager | prior=0.25 code=13-1082.00
it_project_manager | IT Project Manager | prior=0.25 code=15-1299.09
technical_project_manager | Technical Project Manager | prior=0.25 code=15-1299.09
it_manager | IT Manager | prior=0.25 code=11-3021.00

[model]
temperature = 1.0312
relevance_bias = -3
relevance_scale = 1.1955
relevance_length = 0
relevance_threshold = 0.5
first_mention = 0.7011
cue_mention = -0.0949
cue_relevance = 2.4707

[terms]
# term | weights | options | note
client | project_manager=0.2992 it_project_manager=-0.221 technical_project_manager=0.0869 it_manager=-0.372 relevance=-0.0898 |  | z 4.45 -2.82 -0.76 -2.74 n 21 0 6 0
cost | project_manager=0.2172 it_project_manager=-0.1782 technical_project_manager=0.0373 it_manager=-0.682 relevance=0.0776 |  | z 3.27 -2.02 -1.07 -2.31 n 17 4 6 0
quality | project_manager=0.3549 it_project_manager=-0.0396 technical_project_manager=0.2611 relevance=-0.1492 |  | z 3.26 -1.35 -1.20 -1.27 n 9 0 0 0
control | project_manager=0.2558 it_project_manager=0.1547 technical_project_manager=-0.1015 it_manager=-0.389 relevance=-0.0636 |  | z 3.21 -1.60 -1.78 -2.42 n 15 4 3 1
estimate | project_manager=0.5334 it_project_manager=0.0201 technical_project_manager=0.0196 relevance=-0.0841 |  | z 2.87 -1.37 -1.37 -1.35 n 9 0 1 0
change | project_manager=0.3238 it_project_manager=-0.3004 technical_project_manager=-0.3929 relevance=0.1086 |  | z 2.74 -2.04 -2.11 -0.21 n 11 1 0 5
implementation | project_manager=0.3979 it_project_manager=-0.0955 technical_project_manager=-0.3989 relevance=-0.1335 |  | z 2.70 -0.51 -1.98 -1.81 n 10 4 0 1
general | project_manager=0.434 it_project_manager=0.0331 technical_project_manager=-0.0055 relevance=-0.0861 |  | z 2.45 -0.97 -1.35 -1.39 n 6 1 0 0
reporting | project_manager=0.6111 it_project_manager=0.0286 technical_project_manager=0.0765 relevance=-0.0682 |  | z 2.40 -1.43 -1.36 -1.40 n 7 0 0 0
expectations | project_manager=0.303 it_project_manager=0.0303 technical_project_manager=0.0002 relevance=0.0526 |  | z 2.34 -0.29 -1.42 -1.44 n 7 3 0 0
partner | project_manager=0.1714 it_project_manager=0.0715 technical_project_manager=0.2568 relevance=0.0677 |  | z 2.31 -1.13 -0.33 -1.07 n 5 0 1 0
event | project_manager=0.5612 it_project_manager=0.0238 technical_project_manager=-0.016 relevance=-0.2396 |  | z 2.29 -1.15 -1.06 -1.11 n 5 0 0 0
type | project_manager=0.697 it_project_manager=0.1251 technical_project_manager=-0.0535 relevance=0.0635 |  | z 2.21 -1.33 -1.26 -1.29 n 6 0 0 0
company | project_manager=0.2563 it_project_manager=0.1835 technical_project_manager=0.1684 relevance=0.5362 |  | z 2.20 -1.23 -1.46 0.68 n 8 1 0 5
analysis | project_manager=0.4195 it_project_manager=0.1401 technical_project_manager=-0.0532 relevance=-0.2716 |  | z 2.19 -0.86 -0.76 -0.81 n 4 0 0 0
available | project_manager=0.5803 it_project_manager=0.0549 technical_project_manager=-0.0018 relevance=-0.0014 |  | z 2.18 -1.20 -1.12 -1.16 n 5 0 0 0
share | project_manager=0.5365 it_project_manager=0.0322 technical_project_manager=0.0077 relevance=-0.1509 |  | z 2.04 -1.03 -0.96 -1.00 n 4 0 0 0
order | project_manager=0.3207 it_project_manager=-0.0296 technical_project_manager=0.0347 relevance=-0.0507 |  | z 2.03 -1.41 -1.34 -0.19 n 5 0 0 2
record | project_manager=0.1503 it_project_manager=0.034 technical_project_manager=0.0436 relevance=-0.1615 |  | z 1.99 -1.39 -0.72 -1.74 n 8 2 3 1
set | project_manager=0.002 it_project_manager=0.0456 technical_project_manager=-0.4568 relevance=-0.1124 |  | z 1.61 -0.17 -2.04 -1.06 n 8 5 0 3
plan | project_manager=0.0432 it_project_manager=0.0301 technical_project_manager=-0.2552 it_manager=-0.218 relevance=-0.2111 |  | z 1.35 0.56 -2.73 -2.60 n 17 16 4 5
resource | project_manager=0.0081 it_project_manager=0.0654 technical_project_manager=-0.0445 it_manager=-0.602 relevance=-0.2138 |  | z 0.93 0.55 -1.13 -2.53 n 11 11 6 0
manager | project_manager=0.1053 it_project_manager=-0.2133 technical_project_manager=-0.0678 it_manager=-0.158 relevance=-0.3186 |  | z 0.70 -3.64 0.52 -2.86 n 28 11 28 14
business | project_manager=0.1202 it_project_manager=0.5254 technical_project_manager=-0.0376 it_manager=-0.207 relevance=0.2662 |  | z -0.75 2.86 -0.86 -2.29 n 5 17 5 1
vendor | project_manager=0.0109 it_project_manager=0.8903 technical_project_manager=-0.6142 it_manager=-0.744 relevance=0.0138 |  | z -1.94 2.68 -1.96 -1.99 n 0 23 0 0
progress | project_manager=0.0197 it_project_manager=0.3066 technical_project_manager=0.0806 relevance=0.0294 |  | z -1.31 2.55 -1.35 -1.48 n 1 8 1 0
non | project_manager=0.121 it_project_manager=0.5283 technical_project_manager=-0.0206 relevance=-0.2839 |  | z -1.32 2.39 -1.35 -1.39 n 0 7 0 0
contract | project_manager=0.0157 it_project_manager=0.2395 technical_project_manager=0.1641 relevance=0.2284 |  | z -0.43 2.36 -1.54 -1.58 n 2 7 0 0
server | project_manager=0.0131 it_project_manager=0.351 technical_project_manager=-0.0191 relevance=-0.1953 |  | z -1.51 2.35 -1.53 -0.58 n 0 7 0 2
updates | project_manager=0.0477 it_project_manager=0.3228 technical_project_manager=0.0038 relevance=-0.0962 |  | z -1.29 2.34 -1.30 -0.68 n 0 7 0 2
initiatives | project_manager=0.0534 it_project_manager=0.6235 technical_project_manager=0.0084 relevance=0.1431 |  | z -1.19 2.30 -1.22 -1.26 n 0 6 0 0
clear | project_manager=0.1261 it_project_manager=0.3713 technical_project_manager=-0.0395 relevance=-0.1496 |  | z -1.31 2.29 -1.34 -0.93 n 0 6 0 1
end | project_manager=-0.0343 it_project_manager=0.1646 technical_project_manager=0.2266 relevance=0.281 |  | z -1.34 2.17 0.25 -1.46 n 0 7 3 0
metrics | project_manager=-0.013 it_project_manager=0.7388 technical_project_manager=-0.0083 relevance=-0.1725 |  | z -1.33 2.16 -1.35 -1.38 n 0 7 0 0
lifecycle | project_manager=0.0826 it_project_manager=0.3176 technical_project_manager=0.0237 relevance=0.043 |  | z -1.23 2.08 -1.26 -0.72 n 0 5 0 1
risk | project_manager=0.0458 it_project_manager=0.0114 technical_project_manager=-0.0094 it_manager=-0.507 relevance=0.1712 |  | z -1.27 1.18 0.50 -2.23 n 3 9 7 0
goals | project_manager=0.0888 it_project_manager=-0.0444 technical_project_manager=-0.5959 relevance=-0.3265 |  | z -0.42 0.84 -2.39 -0.24 n 7 11 0 8
communication | project_manager=0.1367 it_project_manager=-0.0809 technical_project_manager=-0.2946 relevance=-0.5616 |  | z 0.05 0.54 -2.32 0.25 n 6 8 0 7
management | project_manager=0.1578 it_project_manager=0.0891 technical_project_manager=-0.2179 relevance=-0.1907 |  | z -0.60 0.30 -2.37 -0.91 n 13 18 7 13
technical | project_manager=-0.511 it_project_manager=-0.0606 technical_project_manager=0.3575 it_manager=-0.142 relevance=0.0076 |  | z -5.70 -4.14 7.32 -3.41 n 3 21 85 24
engineer | project_manager=0.013 it_project_manager=-0.0642 technical_project_manager=0.5179 relevance=-0.3187 |  | z -1.43 -1.74 4.61 -1.63 n 0 0 18 0
development | project_manager=0.0403 it_project_manager=0.0023 technical_project_manager=0.3457 relevance=-0.5607 |  | z -1.77 -1.76 3.99 -0.58 n 0 1 17 4
engineering | project_manager=-0.0572 it_project_manager=-0.0305 technical_project_manager=0.6585 relevance=0.2265 |  | z -1.14 -1.41 3.94 -1.32 n 0 0 13 0
testing | project_manager=0.0459 it_project_manager=-0.3417 technical_project_manager=0.5677 it_manager=-0.324 relevance=-0.5333 |  | z -1.89 -2.07 3.74 -2.01 n 0 0 15 0
architecture | project_manager=-0.0442 it_project_manager=-0.3402 technical_project_manager=0.4056 relevance=-0.0185 |  | z -1.91 -2.08 3.02 -0.28 n 0 0 11 4
design | project_manager=0.0907 it_project_manager=-0.0369 technical_project_manager=0.2876 relevance=-0.3474 |  | z 0.19 -1.06 2.84 -0.97 n 2 0 8 0
code | project_manager=0.0376 it_project_manager=-0.0198 technical_project_manager=0.3426 relevance=-0.4353 |  | z -0.90 -0.56 2.76 -1.03 n 0 1 7 0
documentation | project_manager=0.0024 it_project_manager=0.0677 technical_project_manager=0.6427 relevance=-0.3996 |  | z -1.51 -1.62 2.66 -1.58 n 0 0 9 0
experience | project_manager=-0.0027 it_project_manager=0.2392 technical_project_manager=0.1928 relevance=-0.9726 |  | z 1.18 1.04 2.64 0.89 n 1 2 6 1
background | project_manager=0.069 it_project_manager=0.0395 technical_project_manager=0.2628 relevance=-0.226 |  | z -1.47 -1.61 2.52 -0.46 n 0 0 7 2
source | project_manager=0.0861 it_project_manager=-0.0283 technical_project_manager=0.4785 relevance=-0.1549 |  | z -1.09 -1.23 2.52 -1.18 n 0 0 6 0
software development | project_manager=0.0227 it_project_manager=-0.0181 technical_project_manager=0.5482 relevance=-0.0586 |  | z -1.11 -1.24 2.50 -1.19 n 0 0 6 0
development team | project_manager=0.0186 it_project_manager=-0.0078 technical_project_manager=0.8121 relevance=-0.1815 |  | z -1.53 -1.61 2.40 -1.58 n 0 0 10 0
user | project_manager=0.0311 it_project_manager=-0.0018 technical_project_manager=0.2698 relevance=-0.3305 |  | z -1.33 -1.03 2.36 -0.40 n 0 1 7 2
components | project_manager=-0.0015 it_project_manager=0.0068 technical_project_manager=0.7111 relevance=-0.1032 |  | z -1.33 -1.42 2.28 -1.39 n 0 0 7 0
field | project_manager=-0.004 it_project_manager=-0.0203 technical_project_manager=0.3766 relevance=-0.1765 |  | z -1.33 -0.30 2.28 -1.43 n 0 2 6 0
senior | project_manager=0.1151 it_project_manager=0.045 technical_project_manager=0.2429 relevance=-0.1646 |  | z -0.12 -0.97 2.28 -0.91 n 1 0 5 0
advanced | project_manager=0.043 it_project_manager=0.0249 technical_project_manager=0.5501 relevance=0.095 |  | z -1.06 -1.17 2.22 -1.13 n 0 0 5 0
expert | project_manager=-0.0178 it_project_manager=0.0962 technical_project_manager=0.3668 relevance=-0.1127 |  | z -1.18 -0.66 2.22 -1.25 n 0 1 5 0
release | project_manager=0.0386 it_project_manager=-0.0116 technical_project_manager=0.6635 relevance=-0.051 |  | z -1.23 -1.33 2.20 -1.29 n 0 0 6 0
language | project_manager=0.0015 it_project_manager=-0.0132 technical_project_manager=0.4246 relevance=-0.3893 |  | z -0.59 -0.75 2.19 -0.69 n 0 0 4 0
evaluation | project_manager=-0.0011 it_project_manager=-0.0026 technical_project_manager=0.446 relevance=-0.0816 |  | z -1.15 -0.85 2.16 -1.19 n 0 1 5 0
coding | technical_project_manager=0.627 relevance=-0.2111 |  | z -1.11 -1.21 2.11 -1.17 n 0 0 5 0
specifications | project_manager=-0.0094 it_project_manager=0.0182 technical_project_manager=0.8406 relevance=-0.1204 |  | z -1.34 -1.41 2.07 -1.39 n 0 0 8 0
understanding | project_manager=0.0953 it_project_manager=-0.0992 technical_project_manager=0.2845 relevance=-0.614 |  | z -0.97 -0.55 2.04 -0.48 n 0 1 5 1
specialist | project_manager=-0.0121 it_project_manager=0.0518 technical_project_manager=0.2877 relevance=-0.383 |  | z -0.12 -1.32 1.97 -1.30 n 2 0 5 0
jira | project_manager=0.0391 it_project_manager=-0.0078 technical_project_manager=0.2948 relevance=0.031 |  | z -1.23 -0.31 1.97 -1.27 n 0 2 5 0
vocabulary | project_manager=0.0241 it_project_manager=-0.0066 technical_project_manager=-0.0171 it_manager=-0.248 relevance=0.0249 |  | z -0.71 -1.78 1.09 -2.32 n 8 6 13 4
department | project_manager=-0.5761 it_project_manager=-0.1484 technical_project_manager=-0.7328 it_manager=0.539 relevance=0.1391 |  | z -2.34 -2.47 -2.37 4.75 n 0 3 0 26
network | project_manager=-0.4159 it_project_manager=-0.1203 technical_project_manager=-0.4729 it_manager=0.429 relevance=-0.1133 |  | z -2.62 -1.88 -2.66 4.73 n 0 5 0 25
security | project_manager=-0.2692 it_project_manager=0.0901 technical_project_manager=-0.2765 it_manager=0.357 relevance=0.0587 |  | z -2.50 -1.19 -2.57 4.34 n 0 5 0 21
infrastructure | project_manager=-0.2555 it_project_manager=0.0187 technical_project_manager=-0.2864 it_manager=0.412 relevance=0.2239 |  | z -2.28 -1.54 -2.34 4.12 n 0 3 0 18
support | project_manager=0.0784 it_project_manager=0.2173 technical_project_manager=-0.0245 it_manager=0.341 relevance=-0.1872 |  | z -1.44 -1.69 -0.62 3.45 n 0 0 2 12
IT team | project_manager=0.0454 it_project_manager=0.001 technical_project_manager=-0.0265 it_manager=0.426 relevance=0.0119 | case | z -0.98 -1.32 -0.98 3.34 n 0 3 0 13
system | project_manager=-0.1997 it_project_manager=-0.0727 technical_project_manager=-0.013 it_manager=0.15 relevance=-0.2022 |  | z -4.20 -2.70 0.28 3.34 n 0 11 22 36
hardware | project_manager=-0.0619 it_project_manager=-0.0444 technical_project_manager=-0.5649 it_manager=0.295 relevance=0.1267 |  | z -1.95 -0.42 -1.97 3.32 n 0 7 0 16
operations | project_manager=0.067 it_project_manager=0.0624 technical_project_manager=0.0588 it_manager=0.471 relevance=-0.0519 |  | z -1.65 -1.40 -1.69 3.10 n 0 1 0 10
technologies | project_manager=0.069 it_project_manager=-0.0106 technical_project_manager=0.0423 it_manager=0.434 relevance=-0.3123 |  | z -1.01 -1.21 -1.06 2.98 n 0 0 0 8
staff | project_manager=0.0938 it_project_manager=-0.0687 technical_project_manager=-0.0172 it_manager=0.387 relevance=-0.4031 |  | z -1.29 -1.47 -1.70 2.84 n 1 1 0 9
technology | project_manager=0.1599 it_project_manager=0.088 technical_project_manager=0.2529 it_manager=0.262 relevance=0.8386 |  | z -1.61 -0.51 -1.25 2.75 n 0 3 1 10
solutions | project_manager=0.0787 it_project_manager=0.1818 technical_project_manager=0.1923 it_manager=0.303 relevance=0.6032 |  | z -0.13 -0.36 -0.20 2.46 n 0 0 0 5
policy | project_manager=0.0215 it_project_manager=-0.0005 technical_project_manager=-0.0064 it_manager=0.593 relevance=-0.4869 |  | z -1.20 -1.31 -1.23 2.32 n 0 0 0 6
data | project_manager=0.135 it_project_manager=-0.0546 technical_project_manager=0.1463 it_manager=0.158 relevance=-0.0467 |  | z -0.70 1.10 -0.43 2.29 n 0 6 1 9
employee | project_manager=-0.0818 it_project_manager=0.1916 technical_project_manager=0.0211 it_manager=0.193 relevance=-0.4145 |  | z 1.06 -1.91 -1.75 2.17 n 6 0 0 9
asset | project_manager=0.0735 it_project_manager=-0.0648 technical_project_manager=0.0274 it_manager=0.795 relevance=-0.1716 |  | z -1.38 -1.46 -1.40 2.16 n 0 0 0 8
strategy | project_manager=0.0744 it_project_manager=0.0208 technical_project_manager=-0.009 it_manager=0.575 relevance=-0.3434 |  | z -1.08 -1.19 -1.11 2.15 n 0 0 0 5
regular | project_manager=0.0526 it_project_manager=-0.0098 technical_project_manager=-0.0117 it_manager=0.421 relevance=-0.0408 |  | z -1.21 -0.82 -1.23 2.12 n 0 1 0 5
policies | it_manager=0.692 |  | z -1.23 -1.32 -1.26 2.11 n 0 0 0 6
future | project_manager=0.0336 it_project_manager=0.0472 technical_project_manager=0.037 it_manager=0.447 relevance=0.0426 |  | z -0.75 -0.89 -0.79 2.09 n 0 0 0 4
administration | project_manager=0.0449 it_project_manager=0.0111 technical_project_manager=-0.0092 it_manager=0.773 relevance=-0.1481 |  | z -1.30 -1.38 -1.33 2.07 n 0 0 0 7
upgrade | project_manager=0.0293 it_project_manager=0.0107 technical_project_manager=-0.032 it_manager=0.214 relevance=-0.0461 |  | z -1.38 0.42 -1.39 2.05 n 0 6 0 9
maintain | project_manager=0.1032 it_project_manager=-0.0064 technical_project_manager=-0.0546 it_manager=0.222 relevance=-0.4999 |  | z 0.02 -1.75 -1.16 2.02 n 3 0 1 7
information | project_manager=0.0795 it_project_manager=0.1518 technical_project_manager=-0.0764 it_manager=0.224 relevance=-0.2848 |  | z -0.59 -0.26 -1.20 2.02 n 1 2 0 6
day | project_manager=0.0567 it_project_manager=-0.0651 technical_project_manager=0.1528 it_manager=0.246 relevance=0.0099 |  | z -0.95 0.10 -1.00 1.96 n 0 2 0 5
software | project_manager=-0.3653 it_project_manager=0.0024 technical_project_manager=0.2438 relevance=0.2233 |  | z -2.99 0.42 -0.38 1.47 n 0 14 10 17
organization | project_manager=0.0068 it_project_manager=0.0712 technical_project_manager=-0.1122 relevance=0.1178 |  | z -1.20 -0.14 -2.28 0.73 n 6 10 3 12
project manager | project_manager=1.3949 it_project_manager=0.3358 technical_project_manager=0.1712 relevance=4.1452 | title | role name; also appears inside IT and technical ads, hence the lower role weight [seeds 000-004]
IT project manager | project_manager=0.0929 it_project_manager=2.9621 technical_project_manager=0.0222 relevance=5.4372 | case title | role name; `case` keeps the pronoun out; Title Case still matches [seeds 000, 001, 003, 004]
information technology project manager | project_manager=-0.002 it_project_manager=3.0033 technical_project_manager=-0.001 relevance=5.0003 | title | role name, spelled out [seed 001]
technology project manager | project_manager=-0.0025 it_project_manager=2.5042 technical_project_manager=-0.0014 relevance=4.4881 | title | role name, short for the spelled-out form [seed 001]
project manager IT | project_manager=-0.0056 it_project_manager=2.9627 technical_project_manager=0.0443 relevance=5.0055 | case title | the same title written noun-first: "Project Manager – IT" (dashes fold to spaces) [general]
project manager, IT | it_project_manager=3.0002 technical_project_manager=-0.0001 relevance=5.0002 | case title | noun-first title with a comma: "Project Manager, IT" [general]
project manager (IT) | project_manager=-0.0057 it_project_manager=3.0075 technical_project_manager=-0.0008 relevance=5.0345 | case title | noun-first title in brackets: "Project Manager (IT)" [general]
IT PM | project_manager=-0.004 it_project_manager=2.5105 technical_project_manager=-0.0044 relevance=4.0075 | case title | short role name [seed 001]
technical project manager | project_manager=-0.139 it_project_manager=0.0582 technical_project_manager=3.1415 relevance=5.7188 | title | role name [seeds 000, 001, 002, 004]
technical PM | project_manager=0.0385 it_project_manager=-0.0062 technical_project_manager=2.4707 relevance=4.0083 | title | short role name [seed 001]
IT manager | project_manager=-0.002 it_project_manager=0.1204 technical_project_manager=-0.0029 it_manager=3 relevance=4.4338 | case title | role name; `case` keeps the pronoun out; Title Case still matches [seed 003]
information technology manager | it_manager=3 relevance=4.4489 | title | role name, spelled out [seeds 000, 003]
IT director | it_manager=2 relevance=2.97 | case title | senior IT management title [general]
director of IT | it_project_manager=0.0001 technical_project_manager=-0.0001 it_manager=2 relevance=2.9473 | case title | senior IT management title [general]
head of IT | it_manager=2 relevance=2.9994 | case title | leads the IT department [general]
IT operations manager | it_manager=2.5 relevance=4 | case title | IT manager variant [seed 003]
project management | project_manager=0.4159 it_project_manager=-0.0182 technical_project_manager=0.0115 it_manager=-0.3 relevance=1.3897 |  | shared core discipline; IT managers go beyond it [seeds 000-004]
IT project management | project_manager=-0.0509 it_project_manager=2.0812 technical_project_manager=-0.0196 relevance=2.6453 | case | the IT PM's discipline [seeds 003, 004]
technical project management | project_manager=0.0203 it_project_manager=-0.0082 technical_project_manager=1.9904 relevance=2.572 |  | the TPM's discipline [seeds 001, 002]
IT management | project_manager=-0.0004 it_project_manager=0.3007 technical_project_manager=-0.0003 it_manager=1 relevance=0.997 | case | managing IT as a function [seed 004]
IT project | project_manager=0.0257 it_project_manager=1.1895 technical_project_manager=0.2956 relevance=1.047 | case | `case` so "make it project-ready" cannot match; ads write "IT projects" [seeds 001, 002, 003, 004]
information technology project | project_manager=-0.0025 it_project_manager=1.2316 technical_project_manager=-0.0072 relevance=1.0441 |  | spelled out [seed 001]
technology project | project_manager=0.0591 it_project_manager=0.746 technical_project_manager=0.4091 relevance=0.6968 |  | tech-driven projects [seed 001]
technical project | project_manager=-0.0109 it_project_manager=-0.0228 technical_project_manager=1.2423 relevance=0.9728 |  | technical projects, technical project delivery [seeds 001, 004]
engineering project | project_manager=0.1995 it_project_manager=-0.0006 technical_project_manager=1.2014 relevance=0.593 |  | TPMs take IT or engineering projects [seed 002]
infrastructure project | project_manager=0.3643 it_project_manager=0.809 technical_project_manager=0.0516 relevance=1.0757 |  | IT infrastructure work run as projects (also civil works) [seeds 001, 003]
PM | project_manager=0.3732 it_project_manager=-0.0194 technical_project_manager=-0.0247 relevance=0.4798 | case | abbreviation; weak: also clock times and product managers [seed 001]
ERP | project_manager=0.0794 it_project_manager=0.9873 technical_project_manager=-0.0107 relevance=0.1726 | case | ERP rollouts are classic IT projects [general]
ICT | it_project_manager=0.6 it_manager=0.4 relevance=0.1918 | case | ICT systems [seed 004]
PMP | project_manager=0.3989 it_project_manager=0.5904 technical_project_manager=0.0262 it_manager=-0.3 relevance=1.027 | case | PMP suits IT PMs, ITIL suits IT managers [seed 003]
IT | project_manager=-0.2357 it_project_manager=0.5314 technical_project_manager=0.0011 it_manager=0.3 relevance=0.271 | case | acronym only in capitals; never the pronoun [seeds 000-004]
TPM | project_manager=-0.0514 it_project_manager=-0.0131 technical_project_manager=1.0672 relevance=0.1726 | case | abbreviation; also used for technical PROGRAM managers, so no relevance [seed 001]
SDLC | project_manager=-0.0434 it_project_manager=0.3148 technical_project_manager=1.0368 relevance=0.0475 | case | software lifecycle; common in developer ads, so no relevance [general]
QA | project_manager=0.0026 it_project_manager=0.0108 technical_project_manager=0.7877 relevance=-0.0775 | case | quality assurance in software [general]
API | project_manager=-0.001 it_project_manager=-0.0004 technical_project_manager=0.8015 relevance=-0.1696 | case | technical integration vocabulary [general]
AWS | project_manager=-0.047 it_project_manager=0.1843 technical_project_manager=0.6824 it_manager=0.1 relevance=-0.1021 | case | cloud platform [general]
ITIL | project_manager=-0.3 technical_project_manager=-0.4 it_manager=1.2 relevance=0.5432 | case | IT manager certification [seed 003]
IT support | project_manager=-0.0243 it_project_manager=-0.0302 technical_project_manager=0.077 it_manager=1.2 relevance=0.4483 | case exact | support to employees; `exact` so "it supports" cannot match [seed 003]
LAN | project_manager=-0.0044 it_project_manager=0.0096 technical_project_manager=-0.0014 it_manager=0.6 relevance=-0.018 | case | local network [general]
WAN | project_manager=-0.0044 it_project_manager=0.0096 technical_project_manager=-0.0014 it_manager=0.6 relevance=-0.0193 | case | wide-area network [general]
SOW | project_manager=0.3 it_project_manager=0.3 relevance=0.5662 | case | statement of work [seed 002]
project | project_manager=0.0856 it_project_manager=0.1926 technical_project_manager=0.1217 relevance=0.3778 |  | every role here revolves around projects except the IT manager's standing duties [seeds 000-004]
project plan | project_manager=0.041 it_project_manager=-0.0605 technical_project_manager=0.0425 it_manager=-0.2 relevance=1.1254 |  | creating detailed project plans [seeds 003, 004]
project planning | project_manager=-0.0288 it_project_manager=-0.0156 technical_project_manager=0.0511 relevance=1.0473 |  | planning the implementation process [seeds 000, 004]
project schedule | project_manager=0.2302 it_project_manager=0.0821 technical_project_manager=-0.0052 relevance=1.0171 |  | PM owns the schedule [seed 002]
project scope | project_manager=0.0138 it_project_manager=-0.0039 technical_project_manager=-0.0046 relevance=0.9292 |  | defining project scope [seed 003]
project budget | project_manager=0.1966 it_project_manager=-0.0071 technical_project_manager=0.0109 relevance=1.0246 |  | creating and managing project budgets [seeds 002, 004]
project timeline | project_manager=-0.0018 it_project_manager=-0.0167 technical_project_manager=0.0201 relevance=0.9434 |  | creating timelines [seed 002]
project lifecycle | project_manager=-0.0129 it_project_manager=0.3209 technical_project_manager=-0.0046 it_manager=-0.2 relevance=0.8825 |  | managing the project lifecycle [seed 003]
project life cycle | project_manager=0.0545 it_project_manager=0.2466 technical_project_manager=-0.0009 it_manager=-0.2 relevance=0.998 |  | three-word spelling [seed 003]
project delivery | project_manager=0.0054 it_project_manager=-0.0235 technical_project_manager=0.0301 relevance=0.9383 |  | delivering projects [seed 004]
project team | project_manager=-0.0239 it_project_manager=-0.0431 technical_project_manager=0.0846 relevance=0.7572 |  | managing the project team [seeds 001, 003, 004]
project status | project_manager=0.0881 it_project_manager=-0.0808 technical_project_manager=-0.0071 relevance=0.6868 |  | reporting status [seed 000]
project closure | project_manager=0.0001 it_project_manager=-0.0001 relevance=0.9653 |  | closure phase [seed 003]
project risk | project_manager=0.0304 it_project_manager=-0.024 technical_project_manager=-0.0046 relevance=0.9066 |  | awareness of project risks [seed 001]
multiple projects | project_manager=0.2328 it_project_manager=-0.0471 technical_project_manager=0.0242 relevance=0.5799 |  | juggling several projects [general]
scope | project_manager=-0.1078 it_project_manager=0.0818 technical_project_manager=0.0605 relevance=0.4076 |  | scope, schedule, budget [seeds 002, 003, 004]
scope creep | relevance=0.8 |  | uncontrolled scope change [general]
schedule | project_manager=0.0734 it_project_manager=-0.1164 technical_project_manager=0.1043 relevance=0.2675 |  | also shift schedules in unrelated ads, so low [seeds 000, 002]
scheduling | project_manager=0.1951 it_project_manager=0.0148 technical_project_manager=-0.0068 relevance=0.1881 |  | PM duty [seed 000]
budget | project_manager=0.071 it_project_manager=0.0181 technical_project_manager=0.0151 it_manager=0.1 relevance=0.2365 |  | managing budgets [seeds 000-004]
within budget | project_manager=-0.0225 it_project_manager=0.032 technical_project_manager=-0.0021 relevance=0.7121 |  | delivering on time and within budget [seeds 001, 004]
cost overrun | relevance=0.8 |  | avoiding cost overruns [seed 004]
timeline | project_manager=0.0688 it_project_manager=0.0002 technical_project_manager=0.0486 relevance=0.2712 |  | timelines and coordination [seeds 001, 002]
deadline | project_manager=0.0244 it_project_manager=-0.0018 technical_project_manager=-0.0202 relevance=-0.011 |  | meeting deadlines [seeds 003, 004]
milestone | project_manager=-0.0116 it_project_manager=-0.0282 technical_project_manager=0.0624 it_manager=-0.2 relevance=0.7802 |  | project milestones [seeds 003, 004]
deliverable | project_manager=0.1287 it_project_manager=-0.0391 technical_project_manager=-0.0629 it_manager=-0.2 relevance=0.6631 |  | deliverables and due dates [seeds 003, 004]
stakeholder | project_manager=-0.0314 it_project_manager=0.0287 technical_project_manager=0.0964 relevance=0.2728 |  | coordinating with stakeholders; developer ads use it too [seeds 001, 003]
stakeholder management | project_manager=0.035 it_project_manager=-0.06 technical_project_manager=0.0473 relevance=1.1974 |  | managing stakeholders [seeds 001, 003]
risk management | project_manager=0.1195 it_project_manager=-0.0854 technical_project_manager=0.0098 relevance=0.9093 |  | managing risks [seeds 003, 004]
risk register | relevance=0.9998 |  | risk log [general]
RAID log | project_manager=-0.0351 it_project_manager=0.0207 technical_project_manager=0.017 relevance=1.0259 |  | risks, assumptions, issues, dependencies [general]
status report | project_manager=0.038 it_project_manager=-0.0257 technical_project_manager=-0.0064 relevance=0.9986 |  | interim and final reporting [seed 000]
progress update | relevance=0.5959 |  | progress updates to stakeholders [seed 003]
resource allocation | project_manager=-0.019 it_project_manager=0.0325 technical_project_manager=-0.0103 relevance=0.7763 |  | allocating resources [seed 003]
requirements gathering | project_manager=0.2104 it_project_manager=0.2921 technical_project_manager=-0.0019 relevance=0.5743 |  | gathering requirements [seeds 002, 003]
work breakdown structure | project_manager=0.2909 it_project_manager=0.0242 technical_project_manager=-0.0072 relevance=0.8275 |  | breaking work down [seed 002]
change management | project_manager=0.0432 it_project_manager=0.3379 technical_project_manager=-0.0394 it_manager=0.2 relevance=0.448 |  | organizational and ITIL change control [general]
kickoff | project_manager=0.0187 it_project_manager=-0.0055 technical_project_manager=-0.0122 relevance=0.5491 |  | project kickoff [general]
lessons learned | project_manager=0.0006 it_project_manager=-0.0002 technical_project_manager=-0.0004 relevance=0.7956 |  | project closure review [general]
closeout | project_manager=0.8652 it_project_manager=-0.0589 technical_project_manager=-0.0049 relevance=0.6276 |  | project closeout, common in construction [general]
governance | project_manager=0.1166 it_project_manager=0.1036 technical_project_manager=0.0667 relevance=0.7211 |  | project and IT governance [general]
PMO | project_manager=-0.0019 it_project_manager=0.2993 technical_project_manager=0.0237 relevance=0.958 |  | project management office [general]
project management office | project_manager=0.0268 it_project_manager=0.3077 technical_project_manager=-0.0195 relevance=1.0631 |  | PMO spelled out [general]
steering committee | project_manager=-0.005 it_project_manager=0.3076 technical_project_manager=-0.002 relevance=0.7824 |  | project governance body [general]
business case | project_manager=-0.038 it_project_manager=0.3108 technical_project_manager=0.0316 relevance=0.5816 |  | justifying a project [general]
statement of work | project_manager=0.3 it_project_manager=0.3 relevance=0.565 |  | contracting a project [seed 002]
RFP | project_manager=0.2 it_project_manager=0.3 it_manager=0.3 relevance=0.4524 |  | request for proposal [seed 004]
RACI | project_manager=0.0175 it_project_manager=-0.0166 technical_project_manager=-0.0008 relevance=0.8094 |  | responsibility matrix [general]
PMBOK | project_manager=0.3 relevance=0.8 |  | PMI body of knowledge [general]
PMI | project_manager=-0.0331 it_project_manager=0.022 technical_project_manager=0.0141 relevance=0.5658 |  | Project Management Institute [general]
CAPM | project_manager=0.295 it_project_manager=0.0055 technical_project_manager=-0.0003 relevance=0.8075 |  | entry PM certification [general]
waterfall | project_manager=0.0021 it_project_manager=0.1455 technical_project_manager=0.0627 relevance=0.5731 |  | traditional method [general]
Gantt | project_manager=0.2999 technical_project_manager=0.0001 relevance=0.8183 |  | Gantt charts [general]
critical path | project_manager=0.3859 it_project_manager=0.0231 technical_project_manager=-0.007 relevance=0.8325 |  | schedule analysis [general]
earned value | project_manager=0.3 relevance=0.8 |  | cost and schedule control [general]
Microsoft Project | project_manager=0.2733 it_project_manager=0.321 technical_project_manager=0.0075 relevance=0.7871 |  | PM software [seed 004]
MS Project | project_manager=0.3162 it_project_manager=0.2944 technical_project_manager=-0.0084 relevance=0.7643 |  | short name of Microsoft Project [seed 004]
Smartsheet | project_manager=0.3119 it_project_manager=-0.0059 technical_project_manager=-0.0044 relevance=0.469 |  | PM software [general]
Trello | project_manager=0.2456 it_project_manager=-0.0444 technical_project_manager=-0.0008 relevance=0.3005 |  | task boards [seed 004]
scrum master | project_manager=0.1112 it_project_manager=-0.098 technical_project_manager=0.0241 relevance=-2.2008 |  | neighbouring agile role, not in scope [general]
CSM | project_manager=-0.0007 it_project_manager=0.0001 technical_project_manager=0.0007 relevance=-0.9566 | case | Certified ScrumMaster [general]
agile coach | project_manager=0.0949 it_project_manager=-0.043 technical_project_manager=-0.0365 relevance=-1.9641 |  | neighbouring agile role [general]
release train engineer | project_manager=0.0138 it_project_manager=-0.0051 technical_project_manager=-0.0059 relevance=-2.4635 |  | SAFe role, not in scope [general]
RTE | project_manager=-0.0048 it_project_manager=0.0062 technical_project_manager=-0.0007 relevance=-1.4426 | case | release train engineer [general]
agile release train | project_manager=-0.0028 it_project_manager=0.0037 technical_project_manager=-0.0004 relevance=-0.9787 |  | SAFe construct [general]
SAFe | project_manager=0.0417 it_project_manager=-0.0201 technical_project_manager=-0.017 relevance=-0.7515 | case | Scaled Agile Framework; `case` keeps the word "safe" out [general]
PI planning | project_manager=0.0189 it_project_manager=-0.0084 technical_project_manager=-0.009 relevance=-1.0032 |  | SAFe programme increment planning [general]
sprint planning | project_manager=0.0339 it_project_manager=0.0026 technical_project_manager=-0.0351 relevance=-0.2257 |  | Scrum ceremony [general]
retrospective | project_manager=-0.01 it_project_manager=-0.0004 technical_project_manager=0.1128 relevance=-0.3046 |  | Scrum ceremony [general]
delivery manager | project_manager=-0.0045 it_project_manager=-0.0049 technical_project_manager=0.0099 relevance=-1.5025 |  | neighbouring role [general]
program manager | project_manager=-0.0776 it_project_manager=0.0369 technical_project_manager=0.0555 relevance=-1.2728 |  | different role from project manager [seed 002]
programme manager | relevance=-1.5 |  | British spelling [seed 002]
technical program manager | project_manager=-0.0726 it_project_manager=-0.0591 technical_project_manager=0.4605 relevance=-1.5254 |  | different role from technical project manager [general]
technical programme manager | technical_project_manager=0.3 relevance=-2 |  | British spelling [general]
program management | project_manager=-0.0333 it_project_manager=0.0323 technical_project_manager=0.0174 relevance=-0.408 |  | programme-level work [seed 002]
product manager | project_manager=0.0181 it_project_manager=-0.0157 technical_project_manager=0.0003 relevance=-1.8177 |  | product role, not project role [general]
product owner | project_manager=0.0507 it_project_manager=-0.0084 technical_project_manager=-0.0366 relevance=-1.3568 |  | Scrum product role [general]
product management | project_manager=-0.0018 it_project_manager=0.0031 technical_project_manager=-0.001 relevance=-1.0354 |  | product discipline [general]
product roadmap | project_manager=-0.0016 it_project_manager=-0.0001 technical_project_manager=0.0017 relevance=-0.5195 |  | product planning [general]
engineering manager | project_manager=-0.0005 it_project_manager=-0.0005 technical_project_manager=0.0012 relevance=-1.4979 |  | people manager of engineers [general]
software engineer | project_manager=-0.0001 technical_project_manager=0.3001 relevance=-0.6964 |  | developer job name; TPM ads mention them too, so mild [general]
software developer | project_manager=0.0082 it_project_manager=-0.0003 technical_project_manager=0.2922 relevance=-0.858 |  | developer job name [general]
software development engineer | relevance=-1.0015 |  | developer job name [general]
web developer | relevance=-1.0055 |  | developer job name [general]
backend engineer | relevance=-1.0154 |  | developer job name [general]
frontend engineer | relevance=-1.0057 |  | developer job name [general]
full stack engineer | relevance=-1.0097 |  | developer job name [general]
data engineer | project_manager=-0.0181 it_project_manager=-0.0124 technical_project_manager=0.0405 relevance=-0.9506 |  | data job name [general]
data scientist | project_manager=-0.0069 it_project_manager=-0.0068 technical_project_manager=0.0185 relevance=-0.9379 |  | data job name [general]
data analyst | relevance=-0.8289 |  | data job name [general]
machine learning engineer | project_manager=-0.0001 it_project_manager=-0.0004 technical_project_manager=0.0006 relevance=-1.0051 |  | ML job name [general]
devops engineer | project_manager=-0.0055 it_project_manager=-0.0034 technical_project_manager=0.0154 relevance=-0.979 |  | operations engineering job name [general]
site reliability engineer | relevance=-1.504 |  | operations engineering job name [general]
SRE | relevance=-0.5104 | case | site reliability engineering [general]
QA engineer | relevance=-0.8065 |  | testing job name [general]
business analyst | project_manager=0.0109 it_project_manager=-0.0298 technical_project_manager=0.0267 relevance=-0.5797 |  | analyst role PMs work with, so mild [general]
account manager | relevance=-1.011 |  | sales role [general]
customer success | project_manager=-0.0005 it_project_manager=0.0014 technical_project_manager=-0.0008 relevance=-0.8894 |  | customer role [general]
nurse | relevance=-2.0008 |  | healthcare job [general]
nursing | relevance=-1.501 |  | healthcare job [general]
patient care | relevance=-1.0141 |  | healthcare job [general]
ability | project_manager=0.5686 it_project_manager=-0.6 technical_project_manager=0.2703 it_manager=0.0796 | exact | learned from labelled postings: in 4669 postings, 4389 groups
agile | project_manager=1.8692 it_project_manager=-0.6105 technical_project_manager=-0.6774 it_manager=0.1938 | exact | learned from labelled postings: in 2749 postings, 2457 groups
brands | project_manager=-0.3197 it_project_manager=0.1214 technical_project_manager=0.4946 it_manager=0.0988 | exact | learned from labelled postings: in 536 postings, 493 groups
cloud | project_manager=0.5518 it_project_manager=-0.3573 technical_project_manager=0.4616 it_manager=0.2187 | exact | learned from labelled postings: in 3448 postings, 3175 groups
complex | project_manager=0.5392 it_project_manager=-0.4339 technical_project_manager=0.4574 it_manager=0.1876 | exact | learned from labelled postings: in 3335 postings, 3094 groups
customers | project_manager=0.1716 it_project_manager=0.0297 technical_project_manager=0.4206 it_manager=0.2073 | exact | learned from labelled postings: in 3437 postings, 3189 groups
description | project_manager=0.1352 it_project_manager=0.6563 technical_project_manager=1.0484 it_manager=0.6133 | exact | learned from labelled postings: in 4065 postings, 3700 groups
ensure | project_manager=0.3648 it_project_manager=0.3752 technical_project_manager=-0.1593 it_manager=0.1936 | exact | learned from labelled postings: in 3602 postings, 3400 groups
high | project_manager=0.3159 it_project_manager=-0.0317 technical_project_manager=0.312 it_manager=0.1987 | exact | learned from labelled postings: in 4428 postings, 4091 groups
including | project_manager=1.0195 it_project_manager=-0.1715 technical_project_manager=-0.0827 it_manager=0.2551 | exact | learned from labelled postings: in 5341 postings, 4992 groups
job | project_manager=0.3122 it_project_manager=1.033 technical_project_manager=0.7835 it_manager=0.7096 | exact | learned from labelled postings: in 5516 postings, 5021 groups
leading | project_manager=0.3034 it_project_manager=0.0553 technical_project_manager=0.7165 it_manager=0.3584 | exact | learned from labelled postings: in 2824 postings, 2622 groups
microwave | project_manager=0.4385 it_project_manager=-0.4297 technical_project_manager=-0.0044 it_manager=0.0015 | exact | learned from labelled postings: in 5 postings, 5 groups
performance | project_manager=-0.1532 it_project_manager=-0.1767 technical_project_manager=0.6651 it_manager=0.1117 | exact | learned from labelled postings: in 3834 postings, 3577 groups
position | project_manager=0.5893 it_project_manager=-0.0172 technical_project_manager=0.2757 it_manager=0.2826 | exact | learned from labelled postings: in 3769 postings, 3485 groups
product | project_manager=0.3032 it_project_manager=-0.3835 technical_project_manager=0.4263 it_manager=0.1153 | exact | learned from labelled postings: in 4951 postings, 4551 groups
rancho | project_manager=0.173 it_project_manager=0.1314 technical_project_manager=-0.3007 it_manager=0.0012 | exact | learned from labelled postings: in 6 postings, 6 groups
responsible | project_manager=-0.285 it_project_manager=0.8256 technical_project_manager=-0.0017 it_manager=0.1796 | exact | learned from labelled postings: in 2810 postings, 2612 groups
strong | project_manager=-0.0103 it_project_manager=0.6301 technical_project_manager=-0.0901 it_manager=0.1766 | exact | learned from labelled postings: in 5282 postings, 4906 groups
team | project_manager=0.6749 it_project_manager=0.0929 technical_project_manager=0.5282 it_manager=0.432 | exact | learned from labelled postings: in 7881 postings, 7297 groups
we're | project_manager=-0.1473 it_project_manager=0.2775 technical_project_manager=0.4667 it_manager=0.199 | exact | learned from labelled postings: in 3188 postings, 2925 groups
web | project_manager=0.6725 it_project_manager=-0.1324 technical_project_manager=-0.4875 it_manager=0.0175 | exact | learned from labelled postings: in 2501 postings, 2306 groups
work | project_manager=0.9079 it_project_manager=0.2645 technical_project_manager=0.0722 it_manager=0.4149 | exact | learned from labelled postings: in 7917 postings, 7337 groups
working | project_manager=0.7363 it_project_manager=-0.0435 technical_project_manager=-0.0741 it_manager=0.2062 | exact | learned from labelled postings: in 5961 postings, 5559 groups
world | project_manager=-0.0714 it_project_manager=0.2375 technical_project_manager=0.3806 it_manager=0.1822 | exact | learned from labelled postings: in 3108 postings, 2913 groups
