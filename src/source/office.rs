//! The text of word-processor documents: Word `.docx` and OpenDocument
//! `.odt`, both ZIP archives of XML parts.
//!
//! A `.docx` holds its body in `word/document.xml` and its running headers
//! and footers (where a firm's template may put the job title) in
//! `word/header*.xml` and `word/footer*.xml`; they are read headers first,
//! then the body, then footers. An `.odt` holds all of them in
//! `content.xml` and `styles.xml`. Text runs (`w:t`, or the text of `text:p`
//! and `text:h`) are joined; paragraphs, table cells, line breaks and tabs
//! become line ends and tabs, so words on either side never run together.
//!
//! What a broken file gives is a message, never a panic: not a ZIP, a ZIP
//! without the document part, XML that does not parse. Each part is read no
//! further than the posting size limit (a ZIP bomb stops there).

use std::io::{Cursor, Read};

use quick_xml::events::Event;

/// The kinds of document this module reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Word 2007 and later (Office Open XML).
    Docx,
    /// OpenDocument text (LibreOffice, Google Docs export).
    Odt,
}

/// The text of the document in `bytes`, or why there is none; no part is
/// read past `limit` bytes.
pub fn text(bytes: &[u8], kind: Kind, limit: usize) -> Result<String, String> {
    let what = match kind {
        Kind::Docx => ".docx",
        Kind::Odt => ".odt",
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("not a readable {what} file (a ZIP archive): {e}"))?;
    let names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    let (body, around) = match kind {
        Kind::Docx => ("word/document.xml", docx_parts(&names)),
        Kind::Odt => ("content.xml", vec!["styles.xml".to_string()]),
    };
    if !names.iter().any(|n| n == body) {
        return Err(format!(
            "not a {what} document: the archive has no {body} (save it again from the word processor)"
        ));
    }
    let mut text = String::new();
    let (before, after): (Vec<&String>, Vec<&String>) =
        around.iter().partition(|n| n.contains("header"));
    for name in before
        .iter()
        .copied()
        .chain([&body.to_string()])
        .chain(after)
    {
        let xml = read_part(&mut zip, name, limit)?;
        let part = xml_text(&xml, kind).map_err(|e| format!("{what}: {name}: {e}"))?;
        if text.len() + part.len() > limit {
            return Err(super::over_limit("the document's text is", limit));
        }
        text.push_str(&part);
    }
    Ok(text)
}

/// The header and footer parts of a `.docx`, in name order.
fn docx_parts(names: &[String]) -> Vec<String> {
    let mut parts: Vec<String> = names
        .iter()
        .filter(|n| {
            let n = n.as_str();
            n.ends_with(".xml") && (n.starts_with("word/header") || n.starts_with("word/footer"))
        })
        .cloned()
        .collect();
    parts.sort();
    parts
}

/// The bytes of the archive's part `name`, no more than `limit`.
fn read_part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limit: usize,
) -> Result<Vec<u8>, String> {
    let part = zip
        .by_name(name)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    let mut xml = Vec::new();
    part.take(limit as u64 + 1)
        .read_to_end(&mut xml)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    if xml.len() > limit {
        return Err(super::over_limit(&format!("its part {name} is"), limit));
    }
    Ok(xml)
}

/// The text of one XML part: the character data of the elements that hold
/// text, with breaks where paragraphs, cells, line breaks and tabs are.
fn xml_text(xml: &[u8], kind: Kind) -> Result<String, String> {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut out = String::new();
    let mut buf = Vec::new();
    // Docx keeps text in `w:t` runs only (other elements hold field codes
    // and such); in odt, text sits anywhere inside a paragraph or heading.
    let mut depth_in_text = 0usize;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| format!("XML error at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(e) if holds_text(e.name().into_inner(), kind) => depth_in_text += 1,
            Event::End(e) => {
                let name = e.name().into_inner();
                if holds_text(name, kind) {
                    depth_in_text = depth_in_text.saturating_sub(1);
                }
                if ends_line(name) {
                    out.push('\n');
                }
            }
            Event::Empty(e) => match e.name().into_inner() {
                "w:tab" | "text:tab" => out.push('\t'),
                "w:br" | "w:cr" | "text:line-break" => out.push('\n'),
                "text:s" => out.push(' '),
                _ => {}
            },
            Event::Text(t) if depth_in_text > 0 => {
                out.push_str(&t.xml10_content());
            }
            Event::CData(t) if depth_in_text > 0 => {
                out.push_str(&t);
            }
            Event::GeneralRef(r) if depth_in_text > 0 => {
                if let Some(c) = r.resolve_char_ref().map_err(|e| e.to_string())? {
                    out.push(c);
                } else {
                    if let Some(s) = quick_xml::escape::resolve_xml_entity(&r) {
                        out.push_str(s);
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// Whether character data inside element `name` is document text.
fn holds_text(name: &str, kind: Kind) -> bool {
    match kind {
        Kind::Docx => name == "w:t",
        Kind::Odt => matches!(name, "text:p" | "text:h"),
    }
}

/// Whether the end of element `name` ends a line of text: a paragraph or a
/// heading (table cells hold paragraphs).
fn ends_line(name: &str) -> bool {
    matches!(name, "w:p" | "text:p" | "text:h")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A ZIP archive of `parts` (name, content), as a word processor
    /// writes one.
    fn archive(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn docx_paragraphs_tables_headers_and_entities() {
        let body = format!(
            r#"<w:document {W}><w:body>
            <w:p><w:r><w:t>IT project</w:t></w:r><w:r><w:t xml:space="preserve"> manager</w:t></w:r></w:p>
            <w:p><w:r><w:t>ERP</w:t><w:tab/><w:t>PMP &amp; ITIL&#8482;</w:t><w:br/><w:t>vendor</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>budget</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>risk</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r></w:p>
            </w:body></w:document>"#
        );
        let header =
            format!(r#"<w:hdr {W}><w:p><w:r><w:t>Job title: IT Manager</w:t></w:r></w:p></w:hdr>"#);
        let footer =
            format!(r#"<w:ftr {W}><w:p><w:r><w:t>Equal opportunity</w:t></w:r></w:p></w:ftr>"#);
        let bytes = archive(&[
            ("[Content_Types].xml", "<Types/>"),
            ("word/footer1.xml", &footer),
            ("word/document.xml", &body),
            ("word/header1.xml", &header),
        ]);
        let text = text(&bytes, Kind::Docx, 1 << 20).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "Job title: IT Manager",
                "IT project manager",
                "ERP\tPMP & ITIL\u{2122}",
                "vendor",
                "budget",
                "risk",
                "",
                "Equal opportunity"
            ]
        );
    }

    #[test]
    fn odt_paragraphs_and_spaces() {
        let content = r#"<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text>
            <text:h>Technical Project Manager</text:h>
            <text:p>APIs<text:s/>and <text:span>releases</text:span><text:line-break/>Agile</text:p>
            </office:text></office:body></office:document-content>"#;
        let bytes = archive(&[
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            ("content.xml", content),
            ("styles.xml", "<office:document-styles xmlns:office=\"o\"/>"),
        ]);
        let text = text(&bytes, Kind::Odt, 1 << 20).unwrap();
        assert_eq!(
            text.lines().collect::<Vec<_>>(),
            ["Technical Project Manager", "APIs and releases", "Agile"]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Any cut or any changed byte of real documents gives text or a
        /// message, never a panic.
        #[test]
        fn damaged_real_documents_never_panic(
            cut in 0.0f64..=1.0,
            flip in proptest::prelude::any::<(proptest::sample::Index, u8)>(),
        ) {
            let docs: [(&[u8], Kind); 2] = [
                (include_bytes!("../../tests/data/office/tpm.docx"), Kind::Docx),
                (include_bytes!("../../tests/data/office/it-manager.odt"), Kind::Odt),
            ];
            for (bytes, kind) in docs {
                let cut_at = (bytes.len() as f64 * cut) as usize;
                let _ = text(&bytes[..cut_at], kind, 1 << 20);
                let mut flipped = bytes.to_vec();
                let at = flip.0.index(flipped.len());
                flipped[at] ^= flip.1 | 1;
                let _ = text(&flipped, kind, 1 << 20);
            }
        }
    }

    #[test]
    fn broken_documents_give_messages() {
        let err = text(b"plain text, not a zip", Kind::Docx, 1 << 20).unwrap_err();
        assert!(err.starts_with("not a readable .docx file"), "{err}");
        let no_body = archive(&[("word/styles.xml", "<x/>")]);
        let err = text(&no_body, Kind::Docx, 1 << 20).unwrap_err();
        assert!(err.contains("has no word/document.xml"), "{err}");
        let bad_xml = archive(&[("word/document.xml", "<w:document><w:p></w:x>")]);
        let err = text(&bad_xml, Kind::Docx, 1 << 20).unwrap_err();
        assert!(
            err.starts_with(".docx: word/document.xml: XML error"),
            "{err}"
        );
        let whole = archive(&[("word/document.xml", "<w:document/>")]);
        let err = text(&whole[..whole.len() / 2], Kind::Docx, 1 << 20).unwrap_err();
        assert!(err.starts_with("not a readable .docx file"), "{err}");
        // A part larger than the limit stops there.
        let big = format!(
            "<w:document {W}><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:document>",
            "x".repeat(5000)
        );
        let err = text(&archive(&[("word/document.xml", &big)]), Kind::Docx, 1000).unwrap_err();
        assert!(err.contains("over --max-posting-bytes"), "{err}");
    }
}
