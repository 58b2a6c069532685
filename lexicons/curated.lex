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

[curated]
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
