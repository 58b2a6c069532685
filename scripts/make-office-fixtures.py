#!/usr/bin/env python3
"""Writes the Office and PDF files the readers' tests use, into
tests/data/office/, with the libraries people's tools write them with:
python-docx (Word), odfpy (OpenDocument), openpyxl (Excel), fpdf2 (PDF).
The ads are written for this project. The files are committed; run this only
to change them:

    python3 -m venv /tmp/fixtures && /tmp/fixtures/bin/pip install python-docx odfpy openpyxl fpdf2
    /tmp/fixtures/bin/python scripts/make-office-fixtures.py
"""
import datetime
import os

import docx
import openpyxl
from fpdf import FPDF
from odf.opendocument import OpenDocumentText
from odf.text import H, P

OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "data", "office")

TPM = [
    "We are hiring a technical project manager to lead the delivery of our payments platform.",
    "You will run sprint planning with three engineering teams, track API milestones and release "
    "dependencies, and keep the system architecture decisions moving with the tech leads.",
    "Experience with AWS, CI/CD pipelines and Jira; an engineering background is a plus.",
]
IT_MANAGER = [
    "Our school district is looking for an IT manager to run its help desk and infrastructure team.",
    "You will manage the network, servers and Microsoft 365 tenant, own the IT budget and vendor "
    "contracts, and set ITIL service management practices for six support technicians.",
]
IT_PM = (
    "IT project manager for an ERP rollout and a data-centre migration: vendor management, "
    "business stakeholders, project plans and status reports; PMP preferred."
)
NURSE = "Registered nurse for a surgical ward: patient care, medication rounds and night shifts."
ARCHIVED = (
    "Project manager for a construction programme: schedules, budgets, subcontractors and "
    "client reporting; PMP or PRINCE2."
)
PM = [
    "Project Manager, events and marketing",
    "We need a project manager to plan our conference season: project plans, budgets, "
    "suppliers and risk logs, with weekly status reports to the client.",
    "PMP certification and five years of project management experience.",
]


def word():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Job title: Technical Project Manager"
    d.add_heading("Payments platform", level=1)
    for p in TPM:
        d.add_paragraph(p)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Location"
    table.cell(0, 1).text = "Remote"
    table.cell(1, 0).text = "Reports to"
    table.cell(1, 1).text = "VP Engineering"
    d.sections[0].footer.paragraphs[0].text = "We are an equal opportunity employer."
    d.core_properties.created = datetime.datetime(2026, 12, 6)
    d.save(os.path.join(OUT, "tpm.docx"))


def opendocument():
    d = OpenDocumentText()
    d.text.addElement(H(outlinelevel=1, text="IT Manager"))
    for p in IT_MANAGER:
        d.text.addElement(P(text=p))
    d.save(os.path.join(OUT, "it-manager.odt"))


def excel():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Postings"
    ws.append(["Job ID", "Title", "Description", "Posted", "Salary"])
    ws.append([1001, "IT Project Manager", IT_PM, datetime.date(2026, 11, 30), 85000])
    ws.append([1002, "Registered Nurse", NURSE, datetime.date(2026, 12, 1), 61000.5])
    ws2 = wb.create_sheet("Archive")
    ws2.append(["Job ID", "Description"])
    ws2.append(["A-7", ARCHIVED])
    wb.properties.created = datetime.datetime(2026, 12, 6)
    wb.save(os.path.join(OUT, "postings.xlsx"))


def pdf():
    p = FPDF()
    p.set_creation_date(datetime.datetime(2026, 12, 6, tzinfo=datetime.timezone.utc))
    p.add_page()
    p.set_font("helvetica", size=12)
    for line in PM:
        p.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.multi_cell(0, 8, "Apply with a CV and a short cover letter.")
    p.output(os.path.join(OUT, "pm.pdf"))
    # A scan: a page with a drawing and no text layer.
    s = FPDF()
    s.set_creation_date(datetime.datetime(2026, 12, 6, tzinfo=datetime.timezone.utc))
    s.add_page()
    s.rect(20, 20, 120, 60, style="F")
    s.output(os.path.join(OUT, "scan.pdf"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    word()
    opendocument()
    excel()
    pdf()
