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

[lexicon]
name = derived
description = derived from role documents by rolescan lexicon derive

[roles]
# id | label | prior=P code=C
project_manager | Project Manager | prior=0.25 code=13-1082.00
it_project_manager | IT Project Manager | prior=0.25 code=15-1299.09
technical_project_manager | Technical Project Manager | prior=0.25 code=15-1299.09
it_manager | IT Manager | prior=0.25 code=11-3021.00

[model]
temperature = 1
relevance_bias = -3
relevance_threshold = 0.5

[terms]
# term | weights | options | note
# ---- derived ----
client | project_manager=0.359 it_project_manager=-0.382 it_manager=-0.372 |  | z 4.45 -2.82 -0.76 -2.74 n 21 0 6 0
cost | project_manager=0.256 it_project_manager=-0.208 it_manager=-0.682 |  | z 3.27 -2.02 -1.07 -2.31 n 17 4 6 0
quality | project_manager=0.471 |  | z 3.26 -1.35 -1.20 -1.27 n 9 0 0 0
control | project_manager=0.272 it_manager=-0.389 |  | z 3.21 -1.60 -1.78 -2.42 n 15 4 3 1
estimate | project_manager=0.569 |  | z 2.87 -1.37 -1.37 -1.35 n 9 0 1 0
change | project_manager=0.261 it_project_manager=-0.306 technical_project_manager=-0.437 |  | z 2.74 -2.04 -2.11 -0.21 n 11 1 0 5
implementation | project_manager=0.276 technical_project_manager=-0.439 |  | z 2.70 -0.51 -1.98 -1.81 n 10 4 0 1
general | project_manager=0.457 |  | z 2.45 -0.97 -1.35 -1.39 n 6 1 0 0
reporting | project_manager=0.686 |  | z 2.40 -1.43 -1.36 -1.40 n 7 0 0 0
expectations | project_manager=0.315 |  | z 2.34 -0.29 -1.42 -1.44 n 7 3 0 0
partner | project_manager=0.348 |  | z 2.31 -1.13 -0.33 -1.07 n 5 0 1 0
event | project_manager=0.554 |  | z 2.29 -1.15 -1.06 -1.11 n 5 0 0 0
type | project_manager=0.689 |  | z 2.21 -1.33 -1.26 -1.29 n 6 0 0 0
company | project_manager=0.19 |  | z 2.20 -1.23 -1.46 0.68 n 8 1 0 5
analysis | project_manager=0.456 |  | z 2.19 -0.86 -0.76 -0.81 n 4 0 0 0
available | project_manager=0.614 |  | z 2.18 -1.20 -1.12 -1.16 n 5 0 0 0
share | project_manager=0.561 |  | z 2.04 -1.03 -0.96 -1.00 n 4 0 0 0
order | project_manager=0.317 |  | z 2.03 -1.41 -1.34 -0.19 n 5 0 0 2
record | project_manager=0.205 |  | z 1.99 -1.39 -0.72 -1.74 n 8 2 3 1
set | technical_project_manager=-0.451 |  | z 1.61 -0.17 -2.04 -1.06 n 8 5 0 3
plan | technical_project_manager=-0.245 it_manager=-0.218 |  | z 1.35 0.56 -2.73 -2.60 n 17 16 4 5
resource | it_manager=-0.602 |  | z 0.93 0.55 -1.13 -2.53 n 11 11 6 0
manager | it_project_manager=-0.219 it_manager=-0.158 |  | z 0.70 -3.64 0.52 -2.86 n 28 11 28 14
business | it_project_manager=0.189 it_manager=-0.207 |  | z -0.75 2.86 -0.86 -2.29 n 5 17 5 1
vendor | it_project_manager=1.003 technical_project_manager=-0.734 it_manager=-0.744 |  | z -1.94 2.68 -1.96 -1.99 n 0 23 0 0
progress | it_project_manager=0.385 |  | z -1.31 2.55 -1.35 -1.48 n 1 8 1 0
non | it_project_manager=0.618 |  | z -1.32 2.39 -1.35 -1.39 n 0 7 0 0
contract | it_project_manager=0.338 |  | z -0.43 2.36 -1.54 -1.58 n 2 7 0 0
server | it_project_manager=0.343 |  | z -1.51 2.35 -1.53 -0.58 n 0 7 0 2
updates | it_project_manager=0.364 |  | z -1.29 2.34 -1.30 -0.68 n 0 7 0 2
initiatives | it_project_manager=0.572 |  | z -1.19 2.30 -1.22 -1.26 n 0 6 0 0
clear | it_project_manager=0.436 |  | z -1.31 2.29 -1.34 -0.93 n 0 6 0 1
end | it_project_manager=0.241 |  | z -1.34 2.17 0.25 -1.46 n 0 7 3 0
metrics | it_project_manager=0.717 |  | z -1.33 2.16 -1.35 -1.38 n 0 7 0 0
lifecycle | it_project_manager=0.395 |  | z -1.23 2.08 -1.26 -0.72 n 0 5 0 1
risk | it_manager=-0.507 |  | z -1.27 1.18 0.50 -2.23 n 3 9 7 0
goals | technical_project_manager=-0.598 |  | z -0.42 0.84 -2.39 -0.24 n 7 11 0 8
communication | technical_project_manager=-0.33 |  | z 0.05 0.54 -2.32 0.25 n 6 8 0 7
management | technical_project_manager=-0.164 |  | z -0.60 0.30 -2.37 -0.91 n 13 18 7 13
technical | project_manager=-0.42 it_project_manager=-0.18 technical_project_manager=0.254 it_manager=-0.142 |  | z -5.70 -4.14 7.32 -3.41 n 3 21 85 24
engineer | technical_project_manager=0.432 |  | z -1.43 -1.74 4.61 -1.63 n 0 0 18 0
development | technical_project_manager=0.295 |  | z -1.77 -1.76 3.99 -0.58 n 0 1 17 4
engineering | technical_project_manager=0.419 |  | z -1.14 -1.41 3.94 -1.32 n 0 0 13 0
testing | it_project_manager=-0.334 technical_project_manager=0.603 it_manager=-0.324 |  | z -1.89 -2.07 3.74 -2.01 n 0 0 15 0
architecture | it_project_manager=-0.349 technical_project_manager=0.308 |  | z -1.91 -2.08 3.02 -0.28 n 0 0 11 4
design | technical_project_manager=0.279 |  | z 0.19 -1.06 2.84 -0.97 n 2 0 8 0
code | technical_project_manager=0.337 |  | z -0.90 -0.56 2.76 -1.03 n 0 1 7 0
documentation | technical_project_manager=0.687 |  | z -1.51 -1.62 2.66 -1.58 n 0 0 9 0
experience | technical_project_manager=0.164 |  | z 1.18 1.04 2.64 0.89 n 1 2 6 1
background | technical_project_manager=0.341 |  | z -1.47 -1.61 2.52 -0.46 n 0 0 7 2
source | technical_project_manager=0.524 |  | z -1.09 -1.23 2.52 -1.18 n 0 0 6 0
software development | technical_project_manager=0.534 |  | z -1.11 -1.24 2.50 -1.19 n 0 0 6 0
development team | technical_project_manager=0.821 |  | z -1.53 -1.61 2.40 -1.58 n 0 0 10 0
user | technical_project_manager=0.261 |  | z -1.33 -1.03 2.36 -0.40 n 0 1 7 2
components | technical_project_manager=0.713 |  | z -1.33 -1.42 2.28 -1.39 n 0 0 7 0
field | technical_project_manager=0.31 |  | z -1.33 -0.30 2.28 -1.43 n 0 2 6 0
senior | technical_project_manager=0.314 |  | z -0.12 -0.97 2.28 -0.91 n 1 0 5 0
advanced | technical_project_manager=0.569 |  | z -1.06 -1.17 2.22 -1.13 n 0 0 5 0
expert | technical_project_manager=0.382 |  | z -1.18 -0.66 2.22 -1.25 n 0 1 5 0
release | technical_project_manager=0.676 |  | z -1.23 -1.33 2.20 -1.29 n 0 0 6 0
language | technical_project_manager=0.406 |  | z -0.59 -0.75 2.19 -0.69 n 0 0 4 0
evaluation | technical_project_manager=0.442 |  | z -1.15 -0.85 2.16 -1.19 n 0 1 5 0
coding | technical_project_manager=0.627 |  | z -1.11 -1.21 2.11 -1.17 n 0 0 5 0
specifications | technical_project_manager=0.848 |  | z -1.34 -1.41 2.07 -1.39 n 0 0 8 0
understanding | technical_project_manager=0.258 |  | z -0.97 -0.55 2.04 -0.48 n 0 1 5 1
specialist | technical_project_manager=0.316 |  | z -0.12 -1.32 1.97 -1.30 n 2 0 5 0
jira | technical_project_manager=0.318 |  | z -1.23 -0.31 1.97 -1.27 n 0 2 5 0
vocabulary | it_manager=-0.248 |  | z -0.71 -1.78 1.09 -2.32 n 8 6 13 4
department | project_manager=-0.657 it_project_manager=-0.281 technical_project_manager=-0.665 it_manager=0.539 |  | z -2.34 -2.47 -2.37 4.75 n 0 3 0 26
network | project_manager=-0.542 technical_project_manager=-0.55 it_manager=0.429 |  | z -2.62 -1.88 -2.66 4.73 n 0 5 0 25
security | project_manager=-0.309 technical_project_manager=-0.317 it_manager=0.357 |  | z -2.50 -1.19 -2.57 4.34 n 0 5 0 21
infrastructure | project_manager=-0.336 technical_project_manager=-0.344 it_manager=0.412 |  | z -2.28 -1.54 -2.34 4.12 n 0 3 0 18
support | it_manager=0.341 |  | z -1.44 -1.69 -0.62 3.45 n 0 0 2 12
IT team | it_manager=0.426 | case | z -0.98 -1.32 -0.98 3.34 n 0 3 0 13
system | project_manager=-0.388 it_project_manager=-0.151 it_manager=0.15 |  | z -4.20 -2.70 0.28 3.34 n 0 11 22 36
hardware | technical_project_manager=-0.731 it_manager=0.295 |  | z -1.95 -0.42 -1.97 3.32 n 0 7 0 16
operations | it_manager=0.471 |  | z -1.65 -1.40 -1.69 3.10 n 0 1 0 10
technologies | it_manager=0.434 |  | z -1.01 -1.21 -1.06 2.98 n 0 0 0 8
staff | it_manager=0.387 |  | z -1.29 -1.47 -1.70 2.84 n 1 1 0 9
technology | it_manager=0.262 |  | z -1.61 -0.51 -1.25 2.75 n 0 3 1 10
solutions | it_manager=0.303 |  | z -0.13 -0.36 -0.20 2.46 n 0 0 0 5
policy | it_manager=0.593 |  | z -1.20 -1.31 -1.23 2.32 n 0 0 0 6
data | it_manager=0.158 |  | z -0.70 1.10 -0.43 2.29 n 0 6 1 9
employee | it_manager=0.193 |  | z 1.06 -1.91 -1.75 2.17 n 6 0 0 9
asset | it_manager=0.795 |  | z -1.38 -1.46 -1.40 2.16 n 0 0 0 8
strategy | it_manager=0.575 |  | z -1.08 -1.19 -1.11 2.15 n 0 0 0 5
regular | it_manager=0.421 |  | z -1.21 -0.82 -1.23 2.12 n 0 1 0 5
policies | it_manager=0.692 |  | z -1.23 -1.32 -1.26 2.11 n 0 0 0 6
future | it_manager=0.447 |  | z -0.75 -0.89 -0.79 2.09 n 0 0 0 4
administration | it_manager=0.773 |  | z -1.30 -1.38 -1.33 2.07 n 0 0 0 7
upgrade | it_manager=0.214 |  | z -1.38 0.42 -1.39 2.05 n 0 6 0 9
maintain | it_manager=0.222 |  | z 0.02 -1.75 -1.16 2.02 n 3 0 1 7
information | it_manager=0.224 |  | z -0.59 -0.26 -1.20 2.02 n 1 2 0 6
day | it_manager=0.246 |  | z -0.95 0.10 -1.00 1.96 n 0 2 0 5
software | project_manager=-0.258 |  | z -2.99 0.42 -0.38 1.47 n 0 14 10 17
organization | technical_project_manager=-0.229 |  | z -1.20 -0.14 -2.28 0.73 n 6 10 3 12

# ---- curated ----
# Curated entries for the shipped lexicon. scripts/derive-default-lexicon.sh
# appends them after the derived terms (`rolescan lexicon derive --curated`).
#
# Derivation from the four role profiles in corpora/roles/ finds vocabulary
# that separates the roles from each other. It cannot see what the profiles
# do not contain in countable amounts, so these entries were reviewed by hand:
#   * role names and their spelling variants (the strongest evidence);
#   * acronyms that need `case` (IT, PMP, ITIL, SDLC, TPM...) or `exact`;
#   * relevance vocabulary shared by the project roles (scope, schedule,
#     milestones...): derived relevance weights (role profiles against the
#     development postings as background) rewarded any PM-ish word and
#     dropped relevance ROC-AUC on the development postings from 0.93 to 0.33,
#     so relevance comes from these reviewed weights instead;
#   * methods, certifications and tools;
#   * neighbouring jobs that must score low relevance (hard negatives).
# Each entry's note says why it is here and where the fact comes from
# ([seed NNN] = ../shared/seeds/NNN_*.txt, [general] = common domain
# knowledge). Same format as the [terms] section of a .lex file; a derived term
# that duplicates a curated one is dropped in favour of the curated one.

# ---------------------------------------------------------------------------
# Role names (strongest evidence)
# ---------------------------------------------------------------------------
project manager | project_manager=1.5 relevance=4 | title | role name; also appears inside IT and technical ads, hence the lower role weight [seeds 000-004]
IT project manager | it_project_manager=3.0 relevance=5 | case title | role name; `case` keeps the pronoun out; Title Case still matches [seeds 000, 001, 003, 004]
information technology project manager | it_project_manager=3.0 relevance=5 | title | role name, spelled out [seed 001]
technology project manager | it_project_manager=2.5 relevance=4.5 | title | role name, short for the spelled-out form [seed 001]
project manager IT | it_project_manager=3.0 relevance=5 | case title | the same title written noun-first: "Project Manager – IT" (dashes fold to spaces) [general]
project manager, IT | it_project_manager=3.0 relevance=5 | case title | noun-first title with a comma: "Project Manager, IT" [general]
project manager (IT) | it_project_manager=3.0 relevance=5 | case title | noun-first title in brackets: "Project Manager (IT)" [general]
IT PM | it_project_manager=2.5 relevance=4 | case title | short role name [seed 001]
technical project manager | technical_project_manager=3.0 relevance=5 | title | role name [seeds 000, 001, 002, 004]
technical PM | technical_project_manager=2.5 relevance=4 | title | short role name [seed 001]
IT manager | it_manager=3.0 relevance=4.5 | case title | role name; `case` keeps the pronoun out; Title Case still matches [seed 003]
information technology manager | it_manager=3.0 relevance=4.5 | title | role name, spelled out [seeds 000, 003]
IT director | it_manager=2.0 relevance=3 | case title | senior IT management title [general]
director of IT | it_manager=2.0 relevance=3 | case title | senior IT management title [general]
head of IT | it_manager=2.0 relevance=3 | case title | leads the IT department [general]
IT operations manager | it_manager=2.5 relevance=4 | case title | IT manager variant [seed 003]

# Role-level activity names
project management | project_manager=0.3 it_manager=-0.3 relevance=1.5 | | shared core discipline; IT managers go beyond it [seeds 000-004]
IT project management | it_project_manager=2.0 relevance=2.5 | case | the IT PM's discipline [seeds 003, 004]
technical project management | technical_project_manager=2.0 relevance=2.5 | | the TPM's discipline [seeds 001, 002]
IT management | it_manager=1.0 it_project_manager=0.3 relevance=1 | case | managing IT as a function [seed 004]
IT project | it_project_manager=1.2 technical_project_manager=0.3 relevance=1 | case | `case` so "make it project-ready" cannot match; ads write "IT projects" [seeds 001, 002, 003, 004]
information technology project | it_project_manager=1.2 relevance=1 | | spelled out [seed 001]
technology project | it_project_manager=0.8 technical_project_manager=0.4 relevance=0.6 | | tech-driven projects [seed 001]
technical project | technical_project_manager=1.2 relevance=0.8 | | technical projects, technical project delivery [seeds 001, 004]
engineering project | technical_project_manager=1.2 project_manager=0.2 relevance=0.6 | | TPMs take IT or engineering projects [seed 002]
infrastructure project | it_project_manager=0.9 project_manager=0.3 relevance=0.8 | | IT infrastructure work run as projects (also civil works) [seeds 001, 003]
PM | project_manager=0.3 relevance=0.2 | case | abbreviation; weak: also clock times and product managers [seed 001]


# ---------------------------------------------------------------------------
# Acronyms and exact forms from the role vocabulary (case-sensitive or exact)
# ---------------------------------------------------------------------------
ERP | it_project_manager=1.0 relevance=0.2 | case | ERP rollouts are classic IT projects [general]
ICT | it_project_manager=0.6 it_manager=0.4 relevance=0.2 | case | ICT systems [seed 004]
PMP | it_project_manager=0.6 project_manager=0.4 it_manager=-0.3 relevance=1 | case | PMP suits IT PMs, ITIL suits IT managers [seed 003]
IT | it_project_manager=0.3 it_manager=0.3 project_manager=-0.2 relevance=0.3 | case | acronym only in capitals; never the pronoun [seeds 000-004]
TPM | technical_project_manager=1.0 | case | abbreviation; also used for technical PROGRAM managers, so no relevance [seed 001]
SDLC | technical_project_manager=1.0 it_project_manager=0.3 | case | software lifecycle; common in developer ads, so no relevance [general]
QA | technical_project_manager=0.8 | case | quality assurance in software [general]
API | technical_project_manager=0.8 | case | technical integration vocabulary [general]
AWS | technical_project_manager=0.6 it_project_manager=0.2 it_manager=0.1 | case | cloud platform [general]
ITIL | it_manager=1.2 technical_project_manager=-0.4 project_manager=-0.3 relevance=0.6 | case | IT manager certification [seed 003]
IT support | it_manager=1.2 relevance=0.4 | exact case | support to employees; `exact` so "it supports" cannot match [seed 003]
LAN | it_manager=0.6 | case | local network [general]
WAN | it_manager=0.6 | case | wide-area network [general]
SOW | project_manager=0.3 it_project_manager=0.3 relevance=0.6 | case | statement of work [seed 002]
# ---------------------------------------------------------------------------
# Shared PM vocabulary (mostly relevance; small role weights)
# ---------------------------------------------------------------------------
project | relevance=0.2 | | every role here revolves around projects except the IT manager's standing duties [seeds 000-004]
project plan | relevance=1.2 it_manager=-0.2 | | creating detailed project plans [seeds 003, 004]
project planning | relevance=1 | | planning the implementation process [seeds 000, 004]
project schedule | project_manager=0.3 relevance=1 | | PM owns the schedule [seed 002]
project scope | relevance=1 | | defining project scope [seed 003]
project budget | project_manager=0.2 relevance=1 | | creating and managing project budgets [seeds 002, 004]
project timeline | relevance=1 | | creating timelines [seed 002]
project lifecycle | it_project_manager=0.3 it_manager=-0.2 relevance=1 | | managing the project lifecycle [seed 003]
project life cycle | it_project_manager=0.3 it_manager=-0.2 relevance=1 | | three-word spelling [seed 003]
project delivery | relevance=1 | | delivering projects [seed 004]
project team | relevance=0.8 | | managing the project team [seeds 001, 003, 004]
project status | relevance=0.8 | | reporting status [seed 000]
project closure | relevance=1 | | closure phase [seed 003]
project risk | relevance=1 | | awareness of project risks [seed 001]
multiple projects | project_manager=0.2 relevance=0.6 | | juggling several projects [general]
scope | relevance=0.4 | | scope, schedule, budget [seeds 002, 003, 004]
scope creep | relevance=0.8 | | uncontrolled scope change [general]
schedule | relevance=0.2 | | also shift schedules in unrelated ads, so low [seeds 000, 002]
scheduling | project_manager=0.2 relevance=0.3 | | PM duty [seed 000]
budget | it_manager=0.1 relevance=0.4 | | managing budgets [seeds 000-004]
within budget | relevance=0.8 | | delivering on time and within budget [seeds 001, 004]
cost overrun | relevance=0.8 | | avoiding cost overruns [seed 004]
timeline | project_manager=0.1 relevance=0.4 | | timelines and coordination [seeds 001, 002]
deadline | relevance=0.3 | | meeting deadlines [seeds 003, 004]
milestone | it_manager=-0.2 relevance=0.8 | | project milestones [seeds 003, 004]
deliverable | it_manager=-0.2 relevance=0.8 | | deliverables and due dates [seeds 003, 004]
stakeholder | relevance=0.4 | | coordinating with stakeholders; developer ads use it too [seeds 001, 003]
stakeholder management | relevance=1 | | managing stakeholders [seeds 001, 003]
risk management | relevance=0.8 | | managing risks [seeds 003, 004]
risk register | relevance=1 | | risk log [general]
RAID log | relevance=1 | | risks, assumptions, issues, dependencies [general]
status report | relevance=1 | | interim and final reporting [seed 000]
progress update | relevance=0.6 | | progress updates to stakeholders [seed 003]
resource allocation | relevance=0.8 | | allocating resources [seed 003]
requirements gathering | project_manager=0.2 it_project_manager=0.3 relevance=0.6 | | gathering requirements [seeds 002, 003]
work breakdown structure | project_manager=0.3 relevance=0.8 | | breaking work down [seed 002]
change management | it_project_manager=0.3 it_manager=0.2 relevance=0.5 | | organizational and ITIL change control [general]
kickoff | relevance=0.5 | | project kickoff [general]
lessons learned | relevance=0.8 | | project closure review [general]
closeout | project_manager=0.8 relevance=0.6 | | project closeout, common in construction [general]
governance | it_project_manager=0.2 relevance=0.4 | | project and IT governance [general]
PMO | it_project_manager=0.3 relevance=1 | | project management office [general]
project management office | it_project_manager=0.3 relevance=1 | | PMO spelled out [general]
steering committee | it_project_manager=0.3 relevance=0.8 | | project governance body [general]
business case | it_project_manager=0.3 relevance=0.6 | | justifying a project [general]
statement of work | project_manager=0.3 it_project_manager=0.3 relevance=0.6 | | contracting a project [seed 002]
RFP | it_project_manager=0.3 it_manager=0.3 project_manager=0.2 relevance=0.5 | | request for proposal [seed 004]
RACI | relevance=0.8 | | responsibility matrix [general]

# Methods, certifications and PM tools (shared)
PMBOK | project_manager=0.3 relevance=0.8 | | PMI body of knowledge [general]
PMI | relevance=0.6 | | Project Management Institute [general]
CAPM | project_manager=0.3 relevance=0.8 | | entry PM certification [general]
waterfall | it_project_manager=0.2 relevance=0.5 | | traditional method [general]
Gantt | project_manager=0.3 relevance=0.8 | | Gantt charts [general]
critical path | project_manager=0.4 relevance=0.8 | | schedule analysis [general]
earned value | project_manager=0.3 relevance=0.8 | | cost and schedule control [general]
Microsoft Project | project_manager=0.3 it_project_manager=0.3 relevance=0.8 | | PM software [seed 004]
MS Project | project_manager=0.3 it_project_manager=0.3 relevance=0.8 | | short name of Microsoft Project [seed 004]
Smartsheet | project_manager=0.3 relevance=0.5 | | PM software [general]
Trello | project_manager=0.2 relevance=0.3 | | task boards [seed 004]

# ---------------------------------------------------------------------------
# Hard negatives: neighbouring jobs that must score low relevance
# ---------------------------------------------------------------------------
scrum master | relevance=-2.5 | | neighbouring agile role, not in scope [general]
CSM | relevance=-1 | case | Certified ScrumMaster [general]
agile coach | relevance=-2 | | neighbouring agile role [general]
release train engineer | relevance=-2.5 | | SAFe role, not in scope [general]
RTE | relevance=-1.5 | case | release train engineer [general]
agile release train | relevance=-1 | | SAFe construct [general]
SAFe | relevance=-0.8 | case | Scaled Agile Framework; `case` keeps the word "safe" out [general]
PI planning | relevance=-1 | | SAFe programme increment planning [general]
sprint planning | relevance=-0.3 | | Scrum ceremony [general]
retrospective | technical_project_manager=0.1 relevance=-0.4 | | Scrum ceremony [general]
delivery manager | relevance=-1.5 | | neighbouring role [general]
program manager | relevance=-1.5 | | different role from project manager [seed 002]
programme manager | relevance=-1.5 | | British spelling [seed 002]
technical program manager | technical_project_manager=0.3 relevance=-2 | | different role from technical project manager [general]
technical programme manager | technical_project_manager=0.3 relevance=-2 | | British spelling [general]
program management | relevance=-0.5 | | programme-level work [seed 002]
product manager | relevance=-2 | | product role, not project role [general]
product owner | relevance=-1.5 | | Scrum product role [general]
product management | relevance=-1 | | product discipline [general]
product roadmap | relevance=-0.5 | | product planning [general]
engineering manager | relevance=-1.5 | | people manager of engineers [general]
software engineer | technical_project_manager=0.3 relevance=-0.5 | | developer job name; TPM ads mention them too, so mild [general]
software developer | technical_project_manager=0.3 relevance=-0.8 | | developer job name [general]
software development engineer | relevance=-1 | | developer job name [general]
web developer | relevance=-1 | | developer job name [general]
backend engineer | relevance=-1 | | developer job name [general]
frontend engineer | relevance=-1 | | developer job name [general]
full stack engineer | relevance=-1 | | developer job name [general]
data engineer | relevance=-1 | | data job name [general]
data scientist | relevance=-1 | | data job name [general]
data analyst | relevance=-0.8 | | data job name [general]
machine learning engineer | relevance=-1 | | ML job name [general]
devops engineer | relevance=-1 | | operations engineering job name [general]
site reliability engineer | relevance=-1.5 | | operations engineering job name [general]
SRE | relevance=-0.5 | case | site reliability engineering [general]
QA engineer | relevance=-0.8 | | testing job name [general]
business analyst | relevance=-0.5 | | analyst role PMs work with, so mild [general]
account manager | relevance=-1 | | sales role [general]
customer success | relevance=-0.8 | | customer role [general]
nurse | relevance=-2 | | healthcare job [general]
nursing | relevance=-1.5 | | healthcare job [general]
patient care | relevance=-1 | | healthcare job [general]
