# rolescan default lexicon
#
# The built-in lexicon for scoring job postings for four roles: Project Manager
# (general / traditional), IT Project Manager, Technical Project Manager and
# IT Manager. It is compiled into the binary (src/lexicon/mod.rs).
#
# Source: written by hand from the facts in the five seed articles under
# seeds/ (000-004: duties, skills, tools, certifications and vocabulary of the
# four roles), plus common domain knowledge marked [general]. No sentence from
# the seeds or from any job posting is copied; every term and note is our own
# wording. The derivation command (`rolescan lexicon derive`) does not exist
# yet; once it does, a derived lexicon will replace this hand-made one.
#
# Model: for each posting, c_t = number of matches of term t.
#   role score   z_r = ln(prior_r) + sum_t w_{t,r} * ln(1 + c_t);  p = softmax(z / temperature)
#   relevance    = sigmoid(relevance_bias + sum_t v_t * ln(1 + c_t)), v_t = the term's relevance=
# Role weights decide WHICH of the four roles a posting is; relevance decides
# WHETHER it is one of them at all (Scrum Master, Agile Coach, Release Train
# Engineer, Delivery Manager, Program/Product Manager, developer, nurse... must
# score low). Technical vocabulary that developer ads share (Jira, agile,
# testing, APIs, SDLC, code review) carries no relevance; relevance comes from
# project-management and IT-management vocabulary and the role names.
#
# Conventions:
# * Matching is case-insensitive on word boundaries; every entry also matches
#   its plural and possessive (s, es, 's) unless marked `exact`. Hyphens and
#   slashes count as spaces, so `end-to-end` matches "end to end".
# * Leftmost-longest: at one position the longest entry wins, so the long role
#   names ("IT project manager", "technical project manager") have their own
#   entries and shadow "project manager" and "IT".
# * `case` is used for single-token acronyms that are also English words or
#   collide with them: IT, PM, PMP, ITIL, SDLC, TPM, QA, ERP, AWS, SAFe, SOW...
#   A `case` entry matches only the exact letter case written here, so
#   most multi-word phrases that contain IT ("IT project manager", "IT
#   department") are NOT `case`: ads write them in Title Case ("IT Project
#   Manager") as often as not, and the phrase as a whole is already
#   unambiguous. Two exceptions where the pronoun reading is plausible:
#   `IT project` is `case` ("make it project-ready"; ads write "IT projects"),
#   and `IT support` is `exact` ("it supports"). Spelled-out "information
#   technology ..." forms have their own entries.
# * Weight scale: role names 2-3 (relevance 4-5, so that one mention of a
#   role name alone lifts relevance past 0.5 against relevance_bias = -3:
#   sigmoid(-3 + 5 ln 2) = 0.62); strongly distinguishing terms
#   0.8-1.5; mildly distinguishing 0.2-0.6; negative where a term argues against
#   a role. Shared PM vocabulary mostly carries relevance (0.3-1.2) and small
#   role weights. Hard negatives (neighbouring jobs) carry negative relevance.
# * Notes cite the seed(s) a fact comes from as [seed 003] / [seeds 000, 004],
#   or [general] for common domain knowledge.

[lexicon]
name = default
description = Hand-made lexicon from the five seed articles for Project Manager, IT Project Manager, Technical Project Manager and IT Manager postings

[roles]
# id | label | prior=P
project_manager | Project Manager | prior=0.25
it_project_manager | IT Project Manager | prior=0.25
technical_project_manager | Technical Project Manager | prior=0.25
it_manager | IT Manager | prior=0.25

[model]
temperature = 1.0
relevance_bias = -3.0

[terms]
# term | weights | options | note

# ---------------------------------------------------------------------------
# Role names (strongest evidence)
# ---------------------------------------------------------------------------
project manager | project_manager=1.5 relevance=4 | | role name; also appears inside IT and technical ads, hence the lower role weight [seeds 000-004]
IT project manager | it_project_manager=3.0 relevance=5 | | role name; not `case`: ads write it Title Case [seeds 000, 001, 003, 004]
information technology project manager | it_project_manager=3.0 relevance=5 | | role name, spelled out [seed 001]
IT PM | it_project_manager=2.5 relevance=4 | | short role name [seed 001]
technical project manager | technical_project_manager=3.0 relevance=5 | | role name [seeds 000, 001, 002, 004]
technical PM | technical_project_manager=2.5 relevance=4 | | short role name [seed 001]
IT manager | it_manager=3.0 relevance=4.5 | | role name; not `case`: ads write "IT Manager" [seed 003]
information technology manager | it_manager=3.0 relevance=4.5 | | role name, spelled out [seeds 000, 003]
IT director | it_manager=2.0 relevance=3 | | senior IT management title [general]
director of IT | it_manager=2.0 relevance=3 | | senior IT management title [general]
head of IT | it_manager=2.0 relevance=3 | | leads the IT department [general]
IT operations manager | it_manager=2.5 relevance=4 | | IT manager variant [seed 003]

# Role-level activity names
project management | project_manager=0.3 it_manager=-0.3 relevance=1.5 | | shared core discipline; IT managers go beyond it [seeds 000-004]
IT project management | it_project_manager=2.0 relevance=2.5 | | the IT PM's discipline [seeds 003, 004]
technical project management | technical_project_manager=2.0 relevance=2.5 | | the TPM's discipline [seeds 001, 002]
IT management | it_manager=1.0 it_project_manager=0.3 relevance=1 | | managing IT as a function [seed 004]
IT project | it_project_manager=1.2 technical_project_manager=0.3 relevance=1 | case | `case` so "make it project-ready" cannot match; ads write "IT projects" [seeds 001, 002, 003, 004]
information technology project | it_project_manager=1.2 relevance=1 | | spelled out [seed 001]
technology project | it_project_manager=0.8 technical_project_manager=0.4 relevance=0.6 | | tech-driven projects [seed 001]
technical project | technical_project_manager=1.2 relevance=0.8 | | technical projects, technical project delivery [seeds 001, 004]
engineering project | technical_project_manager=1.2 project_manager=0.2 relevance=0.6 | | TPMs take IT or engineering projects [seed 002]
infrastructure project | it_project_manager=0.9 project_manager=0.3 relevance=0.8 | | IT infrastructure work run as projects (also civil works) [seeds 001, 003]
PM | project_manager=0.3 relevance=0.2 | case | abbreviation; weak: also clock times and product managers [seed 001]

# ---------------------------------------------------------------------------
# Project Manager (general / traditional, any industry)
# ---------------------------------------------------------------------------
construction | project_manager=1.2 technical_project_manager=-0.2 it_project_manager=-0.5 it_manager=-0.5 | | most common non-IT project field [general]
subcontractor | project_manager=1.2 technical_project_manager=-0.3 relevance=0.5 | | PM mediates with subcontractors [seed 000]
general contractor | project_manager=1.2 relevance=0.3 | | construction projects [general]
contractor | project_manager=0.4 | | building trades; also used for IT contract staff, so weak [general]
change order | project_manager=1.2 relevance=0.6 | | construction scope changes [general]
job site | project_manager=0.8 | | construction site work [general]
permit | project_manager=0.8 | | building and regulatory permits [general]
renovation | project_manager=1.0 | | building projects [general]
capital project | project_manager=1.0 relevance=0.5 | | facilities and building programmes [general]
facilities | project_manager=0.5 | | facilities and building projects [general]
Primavera | project_manager=1.0 relevance=0.5 | | scheduling tool of construction projects [general]
client | project_manager=0.4 it_manager=-0.3 | | PMs manage clients; IT managers serve employees [seed 002]
client expectations | project_manager=0.6 technical_project_manager=0.3 relevance=0.6 | | managing what the client expects [seed 002]
event planning | project_manager=1.0 relevance=0.3 | | events run as projects [general]
marketing campaign | project_manager=1.0 relevance=0.2 | | marketing work run as projects; seed 004 names marketing project managers [seed 004]
project records | project_manager=1.0 relevance=0.8 | | keeping the project's records [seed 000]
quality control | project_manager=0.8 relevance=0.3 | | PM duty [seed 000]
cost estimate | project_manager=0.5 technical_project_manager=0.3 relevance=0.6 | | breakdown of what the project will cost [seed 002]
scope of work | project_manager=0.5 technical_project_manager=0.3 relevance=0.8 | | written to meet client expectations [seed 002]
project coordinator | project_manager=0.6 relevance=0.3 | | junior PM role that supports a PM [general]

# ---------------------------------------------------------------------------
# IT Project Manager
# ---------------------------------------------------------------------------
ERP | it_project_manager=1.0 relevance=0.2 | case | ERP rollouts are classic IT projects [general]
ERP implementation | it_project_manager=1.3 relevance=0.8 | | system implementation project [general]
system implementation | it_project_manager=1.2 relevance=0.6 | | implementing systems in the organization [seeds 000, 004]
implementation | it_project_manager=0.3 relevance=0.1 | | plans, implements and controls systems [seeds 000, 003, 004]
system integration | it_project_manager=0.8 technical_project_manager=0.5 relevance=0.2 | | where IT PM and TPM overlap [seed 001]
migration | it_project_manager=0.8 technical_project_manager=0.3 | | system and platform moves [general]
data migration | it_project_manager=1.0 relevance=0.2 | | moving data between systems [general]
cloud migration | it_project_manager=0.8 technical_project_manager=0.5 relevance=0.2 | | switching or moving to cloud providers [seed 004]
deployment | it_project_manager=0.5 technical_project_manager=0.2 | | deploying new software [seed 001]
rollout | it_project_manager=0.8 relevance=0.2 | | rollouts of systems to the organization [general]
go live | it_project_manager=1.0 relevance=0.5 | | go-live of a system [general]
cutover | it_project_manager=1.0 relevance=0.4 | | switching to a new system [general]
UAT | it_project_manager=0.6 technical_project_manager=0.3 relevance=0.2 | | user acceptance testing [general]
server | it_project_manager=0.5 it_manager=0.6 | | server hardware installs [seed 001]
data center | it_project_manager=0.8 it_manager=0.6 relevance=0.2 | | data centre moves and builds [general]
data centre | it_project_manager=0.8 it_manager=0.6 relevance=0.2 | | British spelling [general]
Microsoft 365 | it_project_manager=0.6 it_manager=0.6 relevance=0.2 | | M365 migrations and administration [general]
Office 365 | it_project_manager=0.6 it_manager=0.6 relevance=0.2 | | older name of Microsoft 365 [general]
cybersecurity | it_project_manager=0.5 it_manager=0.5 | | both roles know it [seeds 000, 001, 003, 004]
cyber security | it_project_manager=0.5 it_manager=0.5 | | two-word spelling [seeds 000, 004]
cybersecurity initiative | it_project_manager=1.2 relevance=0.5 | | leading security initiatives as projects [seed 001]
vendor | it_project_manager=0.5 it_manager=0.4 relevance=0.2 | | external suppliers [seed 003]
vendor management | it_project_manager=0.8 it_manager=0.5 relevance=0.6 | | evaluating vendors, contracts, performance [seed 003]
business objectives | it_project_manager=0.8 relevance=0.4 | | aligning projects with business objectives [seeds 000, 001]
business goals | it_project_manager=0.6 relevance=0.3 | | technology serving business goals [seed 001]
align technology | it_project_manager=1.0 relevance=0.5 | | technology aligned with the business [seed 001]
business stakeholders | it_project_manager=0.8 relevance=0.5 | | less technical leadership audience [seed 001]
non-technical | it_project_manager=0.6 it_manager=0.3 relevance=0.2 | | code-switching for non-technical audiences [seeds 001, 003]
non-technical stakeholder | it_project_manager=1.0 it_manager=0.5 relevance=0.6 | | translating tech for the business [seeds 001, 003]
digital transformation | it_project_manager=0.6 relevance=0.3 | | technology change programmes [general]
IT metrics | it_project_manager=1.0 relevance=0.5 | | collecting and reporting IT metrics [seed 004]
IT goals | it_project_manager=0.8 it_manager=0.4 relevance=0.5 | | helping organizations reach IT goals [seed 004]
IT solution | it_project_manager=0.5 it_manager=0.6 relevance=0.4 | | evaluating and rolling out IT solutions [seed 003]
ICT | it_project_manager=0.6 it_manager=0.4 relevance=0.2 | case | ICT systems [seed 004]
system upgrade | it_project_manager=0.8 it_manager=0.5 relevance=0.2 | | upgrading a business's IT system [seeds 003, 004]
upgrade | it_project_manager=0.4 it_manager=0.4 | | maintaining and upgrading systems [seeds 003, 004]
software update | it_project_manager=0.4 it_manager=0.5 | | keeping software updated [seeds 000, 004]
PMP | it_project_manager=0.6 project_manager=0.4 it_manager=-0.3 relevance=1 | case | PMP suits IT PMs, ITIL suits IT managers [seed 003]
Project Management Professional | it_project_manager=0.6 project_manager=0.4 it_manager=-0.3 relevance=1 | | PMP spelled out [seed 003]
PRINCE2 | it_project_manager=0.6 project_manager=0.3 relevance=1 | | project method certification [general]
information technology | it_project_manager=0.3 it_manager=0.4 relevance=0.3 | | the IT field, spelled out [seeds 000, 001, 003]
IT | it_project_manager=0.3 it_manager=0.3 project_manager=-0.2 relevance=0.3 | case | acronym only in capitals; never the pronoun [seeds 000-004]

# ---------------------------------------------------------------------------
# Technical Project Manager
# ---------------------------------------------------------------------------
TPM | technical_project_manager=1.0 | case | abbreviation; also used for technical PROGRAM managers, so no relevance [seed 001]
engineering team | technical_project_manager=1.0 | | works with engineers [seeds 001, 002]
development team | technical_project_manager=1.0 | | works closely with development teams [seed 001]
developer | technical_project_manager=0.5 relevance=-0.2 | | TPMs coordinate developers; also the title of developer ads [seed 001]
engineering | technical_project_manager=0.5 it_manager=-0.2 | | engineering projects [seed 002]
software engineering | technical_project_manager=0.6 | | engineering organization of software [general]
software development | technical_project_manager=0.8 it_project_manager=0.2 it_manager=0.1 project_manager=-0.3 | | TPM background; IT roles need a grasp of it [seeds 001, 003, 004]
software development lifecycle | technical_project_manager=1.0 | | SDLC spelled out [general]
software development life cycle | technical_project_manager=1.0 | | SDLC spelled out [general]
development methodology | technical_project_manager=0.4 it_project_manager=0.4 it_manager=0.2 | | methodologies IT roles must know [seeds 001, 003]
SDLC | technical_project_manager=1.0 it_project_manager=0.3 | case | software lifecycle; common in developer ads, so no relevance [general]
coding | technical_project_manager=0.8 | | TPM background [seed 001]
source code | technical_project_manager=1.0 | | TPM reads the source code [seed 000]
technical documentation | technical_project_manager=1.2 relevance=0.2 | | TPM studies and writes technical docs [seeds 000, 002]
documentation | technical_project_manager=0.3 | | documenting technical components [seed 002]
user manual | technical_project_manager=1.3 relevance=0.3 | | TPM develops user manuals [seed 002]
architecture | technical_project_manager=0.8 it_manager=0.2 | | system architecture [seed 002]
system architecture | technical_project_manager=1.2 | | TPM draws system architecture [seed 002]
architecture diagram | technical_project_manager=1.3 relevance=0.3 | | TPM deliverable [seed 002]
system architecture diagram | technical_project_manager=1.5 relevance=0.3 | | TPM deliverable [seed 002]
system design | technical_project_manager=0.8 | | IT systems design [seed 000]
testing | technical_project_manager=0.6 it_project_manager=0.1 | | TPM assists with testing; dev ads say it too [seeds 001, 002]
QA | technical_project_manager=0.8 | case | quality assurance in software [general]
quality assurance | technical_project_manager=0.5 project_manager=0.2 | | QA spelled out [general]
API | technical_project_manager=0.8 | case | technical integration vocabulary [general]
technical requirement | technical_project_manager=1.2 relevance=0.3 | | project must meet technical requirements [seed 001]
technical specification | technical_project_manager=1.2 relevance=0.3 | | project must meet technical specifications [seed 001]
technical background | technical_project_manager=1.2 relevance=0.3 | | strong technical background expected [seed 001]
technical expertise | technical_project_manager=0.6 it_project_manager=0.3 | | technical depth [seed 004]
technical knowledge | technical_project_manager=0.4 it_project_manager=0.3 it_manager=0.4 | | all three IT roles need it [seed 003]
technical aspects | technical_project_manager=1.0 relevance=0.3 | | TPM owns the technical side [seeds 001, 002]
technical components | technical_project_manager=1.0 relevance=0.2 | | TPM documents technical components [seed 002]
technical expert | technical_project_manager=0.8 | | TPM cooperates with technical experts [seed 000]
technical team | technical_project_manager=0.8 | | specialized teams [seed 001]
technical risk | technical_project_manager=0.8 it_project_manager=0.4 relevance=0.4 | | evaluating technical risks [seeds 001, 003]
technical | technical_project_manager=0.3 it_project_manager=0.1 | | generic technical flavour [seeds 000-004]
CI/CD | technical_project_manager=0.8 | | software delivery pipeline [general]
DevOps | technical_project_manager=0.5 | | software delivery practice [general]
release planning | technical_project_manager=1.0 relevance=0.2 | | planning software releases [general]
release management | technical_project_manager=0.8 it_manager=0.2 relevance=0.2 | | coordinating releases [general]
cloud | technical_project_manager=0.4 it_project_manager=0.3 it_manager=0.2 | | cloud platforms [seed 004]
AWS | technical_project_manager=0.6 it_project_manager=0.2 it_manager=0.1 | case | cloud platform [general]
Azure | technical_project_manager=0.3 it_project_manager=0.3 it_manager=0.4 | | cloud platform, also IT admin [general]
Jira | technical_project_manager=0.6 it_project_manager=0.2 | | PM tool of development teams [seed 004]
Confluence | technical_project_manager=0.4 | | documentation wiki of development teams [general]
agile | technical_project_manager=0.3 it_project_manager=0.2 project_manager=-0.2 it_manager=-0.3 | | methodology; common in developer ads, so no relevance [seed 004]
scrum | technical_project_manager=0.2 relevance=-0.3 | | framework; heavy use signals a Scrum Master ad [general]
backlog | technical_project_manager=0.4 relevance=-0.2 | | agile backlog; product owner territory [general]
computer science | technical_project_manager=0.4 it_project_manager=0.3 it_manager=0.3 project_manager=-0.5 | | degree for IT roles [seeds 003, 004]

# ---------------------------------------------------------------------------
# IT Manager
# ---------------------------------------------------------------------------
IT department | it_manager=1.5 it_project_manager=0.2 relevance=1 | | the IT manager runs it [seed 003]
information technology department | it_manager=1.5 it_project_manager=0.2 relevance=1 | | spelled out [seed 003]
IT operations | it_manager=1.5 relevance=1 | | overall IT operations [seed 003]
day-to-day IT | it_manager=1.5 relevance=0.8 | | running daily IT activities [seed 003]
IT infrastructure | it_manager=1.0 it_project_manager=0.5 project_manager=-0.3 relevance=0.8 | | IT manager keeps it running; IT PM must understand it [seeds 001, 003, 004]
information technology infrastructure library | it_manager=1.2 technical_project_manager=-0.4 relevance=0.6 | | ITIL spelled out [seed 003]
ITIL | it_manager=1.2 technical_project_manager=-0.4 project_manager=-0.3 relevance=0.6 | case | IT manager certification [seed 003]
IT service management | it_manager=1.2 relevance=0.6 | | ITSM [general]
IT system | it_manager=0.7 it_project_manager=0.6 technical_project_manager=0.2 relevance=0.5 | | maintaining and upgrading IT systems [seeds 000, 003, 004]
IT team | it_manager=0.8 it_project_manager=0.4 relevance=0.6 | | leading and recruiting the IT team [seeds 000, 003, 004]
IT staff | it_manager=1.2 relevance=0.8 | | supervising IT staff [seed 003]
IT support | it_manager=1.2 relevance=0.4 | exact | support to employees; `exact` so "it supports" cannot match [seed 003]
IT security | it_manager=1.0 it_project_manager=0.3 relevance=0.3 | | security of IT networks and systems [seeds 000, 003, 004]
IT strategy | it_manager=1.0 it_project_manager=0.3 relevance=0.6 | | presenting IT strategies to executives [seed 003]
IT budget | it_manager=1.3 relevance=0.8 | | owning the IT budget [seeds 000, 003]
IT policy | it_manager=1.3 relevance=0.8 | | developing IT policies [seed 003]
IT policies | it_manager=1.3 relevance=0.8 | | plural (not reachable from "policy" + s) [seed 003]
system audit | it_manager=1.2 relevance=0.4 | | regular system audits [seed 003]
IT asset | it_manager=1.2 relevance=0.5 | | managing IT assets [seed 003]
hardware asset | it_manager=1.0 | | managing hardware assets [seed 003]
software asset | it_manager=1.0 | | managing software assets [seed 003]
hardware | it_manager=0.5 it_project_manager=0.3 | | keeping hardware in good state [seeds 000, 003, 004]
procurement | it_manager=0.6 project_manager=0.3 it_project_manager=0.2 | | software and hardware procurement [seed 003]
help desk | it_manager=1.2 project_manager=-0.3 relevance=0.2 | | first-line support the IT manager oversees [general]
helpdesk | it_manager=1.2 project_manager=-0.3 relevance=0.2 | | one-word spelling [general]
service desk | it_manager=1.2 relevance=0.2 | | ITIL name of the help desk [general]
technical support | it_manager=1.2 relevance=0.2 | | support to employees [seed 003]
desktop support | it_manager=1.0 | | end-user support [general]
end user | it_manager=1.0 technical_project_manager=0.1 relevance=0.1 | | IT manager supports the organization's users [seed 003]
support staff | it_manager=0.8 relevance=0.2 | | supervising support staff [general]
technician | it_manager=0.6 | | IT technicians report to the IT manager [general]
systems administration | it_manager=1.2 relevance=0.2 | | IT manager knowledge area [seed 003]
system administration | it_manager=1.2 relevance=0.2 | | singular spelling [seed 003]
network administration | it_manager=1.2 relevance=0.2 | | IT manager knowledge area [general]
network | it_manager=0.6 it_project_manager=0.4 | | networks to run and secure [seeds 003, 004]
networking | it_manager=0.5 it_project_manager=0.4 | | networking knowledge [seed 004]
network infrastructure | it_manager=1.0 it_project_manager=0.6 relevance=0.3 | | maintaining network infrastructure [seed 003]
network security | it_manager=0.8 it_project_manager=0.4 relevance=0.2 | | IT manager knowledge area [seeds 003, 004]
network architecture | it_manager=0.8 technical_project_manager=0.2 | | IT manager knowledge area [seed 003]
network monitoring | it_manager=0.6 it_project_manager=0.3 | | internet and network monitoring [seeds 000, 004]
firewall | it_manager=0.8 it_project_manager=0.2 | | network security equipment [general]
LAN | it_manager=0.6 | case | local network [general]
WAN | it_manager=0.6 | case | wide-area network [general]
operating system | it_manager=0.6 it_project_manager=0.4 | | operating systems [seeds 000, 004]
Windows Server | it_manager=0.8 | | server administration [general]
Active Directory | it_manager=1.2 | | user and device directory [general]
endpoint management | it_manager=0.8 | | managing devices [general]
patch management | it_manager=1.0 | | keeping software updated [seeds 000, 004]
backup | it_manager=0.8 | | data protection routine [general]
disaster recovery | it_manager=0.8 it_project_manager=0.3 | | continuity of IT [general]
VMware | it_manager=0.7 | | virtual infrastructure [general]
virtualiz* | it_manager=0.6 | | wildcard: virtualize/virtualization [general]
incident management | it_manager=0.8 | | service operations [general]
ServiceNow | it_manager=0.6 it_project_manager=0.2 | | service management tool [general]
SLA | it_manager=0.5 | | service levels [general]
troubleshoot* | it_manager=0.5 | | wildcard: troubleshoot/troubleshooting [seed 003]
database management | it_manager=0.5 it_project_manager=0.3 | | knowledge area of both IT roles [seed 003]
information systems | it_manager=0.6 it_project_manager=0.2 | | degree and domain [seed 003]
data security | it_manager=0.6 it_project_manager=0.5 | | ensuring data security [seeds 000, 003, 004]
security awareness | it_manager=0.8 it_project_manager=0.4 relevance=0.3 | | raising staff awareness of security [seeds 000, 004]
emerging technology | it_manager=0.6 | | keeping up with emerging technologies [seed 003]
strategic planning | it_manager=0.5 relevance=0.2 | | planning future technology [seed 003]
CIO | it_manager=0.3 it_project_manager=0.2 relevance=0.3 | | chief information officer, IT reporting line [general]

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
SOW | project_manager=0.3 it_project_manager=0.3 relevance=0.6 | case | statement of work [seed 002]
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
