//! The SVG charts of the pages, drawn with plotters' SVG backend: the
//! pieces every chart shares here, the charts of the scores page in
//! [`scores`] and those of the eval page in [`eval`].
//!
//! Every chart has a title, axis descriptions with their units, and the
//! Okabe–Ito colours ([`OKABE_ITO`]), which readers with any common colour
//! vision deficiency tell apart; `other` is grey. Legends sit between the
//! title and the plot, so they never hide a bar or a point. Category names
//! (roles, terms) are drawn by hand under or beside the axis, wrapped at
//! `_` and spaces, so long role ids stay readable. Each [`Chart`] is an
//! `<svg>` element with an `id` (the page's anchors and the browser test
//! find it by it), `role="img"` and an `aria-label`, and a `viewBox`, so
//! the page's style sheet can scale it to a screen or an A4 page.

pub mod eval;
pub mod scores;

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub use self::eval::{confusion_heatmap, prf_bars, relevance_by_label, reliability, roc_curve};
pub use self::scores::{confidence_panels, evidence_panels, outcome_bars, relevance_histogram};
use crate::error::{Error, Result};

/// The Okabe–Ito palette, without black: blue, orange, bluish green,
/// reddish purple, sky blue, vermillion, yellow.
pub const OKABE_ITO: [RGBColor; 7] = [
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xCC, 0x79, 0xA7),
    RGBColor(0x56, 0xB4, 0xE9),
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0xF0, 0xE4, 0x42),
];

/// The colour of `other`.
pub const GREY: RGBColor = RGBColor(0x99, 0x99, 0x99);
/// Text and axes.
const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
/// Grid lines.
const GRID: RGBColor = RGBColor(0xE4, 0xE4, 0xE4);

/// The colour of outcome `i` among `roles` roles and then `other`.
pub fn outcome_colour(i: usize, roles: usize) -> RGBColor {
    if i >= roles {
        GREY
    } else {
        OKABE_ITO[i % OKABE_ITO.len()]
    }
}

/// The colour as CSS `#rrggbb`, for the page's legends and tables.
pub fn css(colour: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", colour.0, colour.1, colour.2)
}

/// One chart: an `<svg>` element with its id and title.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Chart {
    /// The element id, e.g. `chart-roles`.
    pub id: String,
    /// The title (also drawn on the chart).
    pub title: String,
    /// The `<svg>` element.
    pub svg: String,
}

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
type Drawn = std::result::Result<(), Box<dyn std::error::Error>>;
type Plot<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Text of `px` pixels as the browser draws it (plotters divides the size
/// by 1.24 in SVG).
fn font(px: f64) -> TextStyle<'static> {
    ("sans-serif", px * 1.24).into_font().color(&INK)
}

/// Bold text of `px` pixels.
fn bold(px: f64) -> TextStyle<'static> {
    ("sans-serif", px * 1.24)
        .into_font()
        .style(FontStyle::Bold)
        .color(&INK)
}

/// Text anchored at `h` and `v` of its box.
fn anchored(style: TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
    style.pos(Pos::new(h, v))
}

/// Draws a chart of `size` pixels with `body` and wraps it as a [`Chart`].
fn draw(
    id: &str,
    title: &str,
    size: (u32, u32),
    body: impl FnOnce(&Area) -> Drawn,
) -> Result<Chart> {
    let mut svg = String::new();
    let failed =
        |e: &dyn std::fmt::Display| Error::config(format!("could not draw the chart {id}: {e}"));
    {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        root.fill(&WHITE).map_err(|e| failed(&e))?;
        body(&root).map_err(|e| failed(&e))?;
        root.present().map_err(|e| failed(&e))?;
    }
    Ok(Chart {
        id: id.to_string(),
        title: title.to_string(),
        svg: retag(&svg, id, title, size),
    })
}

/// Replaces plotters' opening `<svg>` tag with one carrying the id, the
/// role and label for screen readers, and a `viewBox` to scale by (inline
/// SVG in HTML needs no namespace).
fn retag(svg: &str, id: &str, title: &str, (w, h): (u32, u32)) -> String {
    let body = svg.find('>').map_or(svg, |end| &svg[end + 1..]);
    let label = super::page::escape_html(title);
    format!(
        "<svg id=\"{id}\" class=\"chart\" role=\"img\" aria-label=\"{label}\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\">{body}"
    )
}

/// A plot on `area` with label areas of `(x, y)` pixels and these ranges.
fn plot<'a, 'b>(
    area: &'a Area<'b>,
    (x_area, y_area): (u32, u32),
    x: Range<f64>,
    y: Range<f64>,
) -> std::result::Result<Plot<'a, 'b>, Box<dyn std::error::Error>> {
    Ok(ChartBuilder::on(area)
        .margin(12)
        .x_label_area_size(x_area)
        .y_label_area_size(y_area)
        .build_cartesian_2d(x, y)?)
}

/// How an axis writes its labels.
type Format = fn(&f64) -> String;

/// Axis labels with one decimal.
fn tenths(v: &f64) -> String {
    format!("{v:.1}")
}

/// Axis labels as whole numbers.
fn whole(v: &f64) -> String {
    format!("{v:.0}")
}

/// Axis labels as counts with grouped digits.
fn count(v: &f64) -> String {
    super::thousands(*v as u64)
}

/// The axes of a plot: descriptions (with units), how many labels each
/// has (0: none, the categories are drawn by hand) and how they read.
struct Axes {
    x_desc: String,
    y_desc: String,
    labels: (usize, usize),
    formats: (Format, Format),
    x_grid: bool,
    px: f64,
}

impl Axes {
    /// Axes with these descriptions; six labels a side with one decimal,
    /// no vertical grid lines, 12-pixel labels.
    fn new(x_desc: impl Into<String>, y_desc: impl Into<String>) -> Axes {
        Axes {
            x_desc: x_desc.into(),
            y_desc: y_desc.into(),
            labels: (6, 6),
            formats: (tenths, tenths),
            x_grid: false,
            px: 12.0,
        }
    }

    fn labels(mut self, x: usize, y: usize) -> Axes {
        self.labels = (x, y);
        self
    }

    fn formats(mut self, x: Format, y: Format) -> Axes {
        self.formats = (x, y);
        self
    }

    fn grid(mut self) -> Axes {
        self.x_grid = true;
        self
    }

    fn size(mut self, px: f64) -> Axes {
        self.px = px;
        self
    }

    /// Draws the axes, their labels and the horizontal grid lines.
    fn draw(&self, chart: &mut Plot) -> Drawn {
        let mut mesh = chart.configure_mesh();
        if !self.x_grid {
            mesh.disable_x_mesh();
        }
        mesh.light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(self.labels.0)
            .y_labels(self.labels.1)
            .x_label_formatter(&self.formats.0)
            .y_label_formatter(&self.formats.1)
            .x_desc(&self.x_desc)
            .y_desc(&self.y_desc)
            .axis_desc_style(font(self.px + 1.0))
            .label_style(font(self.px))
            .draw()?;
        Ok(())
    }
}

/// `label` broken into lines of at most `width` characters at `_`, `-` and
/// spaces (a longer word stays whole).
pub fn wrap(label: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in label.split_inclusive(['_', ' ', '-']) {
        if !line.is_empty() && line.chars().count() + word.trim_end().chars().count() > width {
            lines.push(line.trim_end().to_string());
            line.clear();
        }
        line.push_str(word);
    }
    if !line.trim().is_empty() || lines.is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// `text` cut to `width` characters, with `…` when cut.
fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(width - 1).collect();
        s.push('\u{2026}');
        s
    }
}

/// Draws `lines` of text centred at `(x, y)` going down (or, with
/// `right`, ending at `x` and centred on `y`).
fn draw_lines(area: &Area, lines: &[String], (x, y): (i32, i32), px: f64, right: bool) -> Drawn {
    let step = (px * 1.25) as i32;
    let n = lines.len() as i32;
    let (style, top) = if right {
        (
            anchored(font(px), HPos::Right, VPos::Center),
            y - (n - 1) * step / 2,
        )
    } else {
        (anchored(font(px), HPos::Center, VPos::Top), y)
    };
    for (i, line) in lines.iter().enumerate() {
        area.draw(&Text::new(
            line.clone(),
            (x, top + i as i32 * step),
            style.clone(),
        ))?;
    }
    Ok(())
}

/// The value axis of bars: from 0 to a little over the largest value, so
/// labels over the bars fit.
fn headroom(max: f64) -> f64 {
    if max <= 0.0 {
        1.0
    } else {
        max * 1.18
    }
}

/// `counts` as percentages of their sum (all 0 when it is 0).
fn shares(counts: &[u64]) -> Vec<f64> {
    let total = counts.iter().sum::<u64>();
    counts
        .iter()
        .map(|&c| {
            if total == 0 {
                0.0
            } else {
                100.0 * c as f64 / total as f64
            }
        })
        .collect()
}

/// A vertical dashed line at `x` across the plot, in vermillion.
fn threshold_line(chart: &mut Plot, x: f64, top: f64) -> Drawn {
    let style = ShapeStyle::from(&OKABE_ITO[5]).stroke_width(2);
    chart.draw_series(DashedLineSeries::new([(x, 0.0), (x, top)], 8, 5, style))?;
    Ok(())
}

/// A dashed grey diagonal from (0, 0) to (1, 1).
fn diagonal(chart: &mut Plot) -> Drawn {
    let style = ShapeStyle::from(&GREY).stroke_width(1);
    chart.draw_series(DashedLineSeries::new([(0.0, 0.0), (1.0, 1.0)], 6, 4, style))?;
    Ok(())
}

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy)]
enum Mark {
    /// A filled square (bars).
    Box(RGBColor),
    /// A line (curves).
    Line(RGBColor),
    /// A dashed line (reference lines).
    Dash(RGBColor),
    /// A dot (marked points).
    Dot(RGBColor),
}

/// Draws the title, then the legend under it (in as many rows as its
/// entries need), and returns the area left for the plot.
fn head<'a>(
    root: &Area<'a>,
    title: &str,
    legend: &[(String, Mark)],
) -> std::result::Result<Area<'a>, Box<dyn std::error::Error>> {
    let body = root.titled(title, bold(17.0))?;
    if legend.is_empty() {
        return Ok(body);
    }
    let px = 12.5;
    let widths: Vec<i32> = legend
        .iter()
        .map(|(label, _)| 44 + (label.chars().count() as f64 * px * 0.56) as i32)
        .collect();
    let (w, _) = body.dim_in_pixel();
    let rows = legend_rows(&widths, w as i32 - 16);
    let (strip, rest) = body.split_vertically(8 + 22 * rows.len() as u32);
    for (r, row) in rows.iter().enumerate() {
        let mut x = (w as i32 - row.iter().map(|&i| widths[i]).sum::<i32>()) / 2;
        let y = 11 + 22 * r as i32;
        for &i in row {
            legend_entry(&strip, &legend[i].0, legend[i].1, (x, y), px)?;
            x += widths[i];
        }
    }
    Ok(rest)
}

/// Legend entries (by index) packed into rows at most `width` wide.
fn legend_rows(widths: &[i32], width: i32) -> Vec<Vec<usize>> {
    let mut rows: Vec<Vec<usize>> = vec![Vec::new()];
    let mut used = 0;
    for (i, &w) in widths.iter().enumerate() {
        let row = rows.last_mut().expect("one row");
        if used + w > width && !row.is_empty() {
            rows.push(vec![i]);
            used = w;
        } else {
            row.push(i);
            used += w;
        }
    }
    rows
}

/// One legend entry: its mark at `(x, y)`, then its label.
fn legend_entry(area: &Area, label: &str, mark: Mark, (x, y): (i32, i32), px: f64) -> Drawn {
    match mark {
        Mark::Box(c) => area.draw(&Rectangle::new([(x, y - 6), (x + 14, y + 6)], c.filled()))?,
        Mark::Line(c) => area.draw(&PathElement::new([(x, y), (x + 20, y)], c.stroke_width(2)))?,
        Mark::Dash(c) => {
            for dx in [0, 8, 16] {
                area.draw(&PathElement::new(
                    [(x + dx, y), (x + dx + 4, y)],
                    c.stroke_width(2),
                ))?;
            }
        }
        Mark::Dot(c) => area.draw(&Circle::new((x + 8, y), 5, c.filled()))?,
    }
    let style = anchored(font(px), HPos::Left, VPos::Center);
    area.draw(&Text::new(label.to_string(), (x + 26, y), style))?;
    Ok(())
}

/// The points of a curve with those closer than 1/500 of the axes to the
/// last kept one left out (the first and last kept), to keep the SVG small.
pub fn thin(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut kept: Vec<(f64, f64)> = Vec::new();
    for (i, &p) in points.iter().enumerate() {
        let far = kept
            .last()
            .is_none_or(|q| (p.0 - q.0).abs() >= 0.002 || (p.1 - q.1).abs() >= 0.002);
        if far || i + 1 == points.len() {
            kept.push(p);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of every `<text>` element.
    pub(crate) fn texts(svg: &str) -> Vec<String> {
        svg.split("<text")
            .skip(1)
            .filter_map(|t| Some(t[t.find('>')? + 1..t.find("</text>")?].trim().to_string()))
            .collect()
    }

    #[test]
    fn wrap_breaks_role_ids_at_underscores() {
        assert_eq!(
            wrap("technical_project_manager", 16),
            ["technical_", "project_manager"]
        );
        assert_eq!(
            wrap("technical_project_manager", 14),
            ["technical_", "project_", "manager"]
        );
        assert_eq!(wrap("other", 14), ["other"]);
        assert_eq!(
            wrap("a_very_long_single_wordxxxxxxxxx", 7),
            ["a_very_", "long_", "single_", "wordxxxxxxxxx"]
        );
    }

    #[test]
    fn charts_carry_their_id_and_no_namespace_url() {
        let names = vec!["pm".to_string(), "other".to_string()];
        let chart = outcome_bars("chart-x", &names, &[3, 1]).unwrap();
        assert!(
            chart
                .svg
                .starts_with("<svg id=\"chart-x\" class=\"chart\" role=\"img\""),
            "{}",
            &chart.svg[..80]
        );
        assert!(!chart.svg.contains("http"), "inline SVG needs no xmlns");
        let texts = texts(&chart.svg);
        for want in [
            "Postings by top_role",
            "postings (count)",
            "3 (75.0%)",
            "1 (25.0%)",
            "pm",
            "other",
        ] {
            assert!(texts.iter().any(|t| t == want), "{want} not in {texts:?}");
        }
        assert!(chart.svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn percentages_never_round_to_none_or_all() {
        let cases = [
            (0.0, "0%"),
            (1.0, "100%"),
            (0.25, "25%"),
            (0.004, "0.4%"),
            (0.0001, "<0.1%"),
            (0.995, "99.5%"),
            (0.9999, ">99.9%"),
        ];
        for (share, want) in cases {
            assert_eq!(eval::percent(share), want, "{share}");
        }
    }

    #[test]
    fn legends_wrap_into_rows_that_fit() {
        assert_eq!(legend_rows(&[100, 100, 100], 350), [vec![0, 1, 2]]);
        assert_eq!(legend_rows(&[200, 200, 100], 350), [vec![0], vec![1, 2]]);
        assert_eq!(legend_rows(&[500], 350), [vec![0]]);
    }

    #[test]
    fn thin_keeps_ends_and_drops_crowded_points() {
        let points: Vec<(f64, f64)> = (0..=1000)
            .map(|i| (i as f64 / 1000.0, i as f64 / 1000.0))
            .collect();
        let kept = thin(&points);
        assert_eq!(kept.first(), Some(&(0.0, 0.0)));
        assert_eq!(kept.last(), Some(&(1.0, 1.0)));
        assert!(kept.len() <= 502, "{}", kept.len());
    }
}
