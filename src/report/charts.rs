//! The SVG charts of the pages, drawn with plotters' SVG backend.
//!
//! Every chart has a title, axis descriptions with their units, and the
//! Okabe–Ito colours ([`OKABE_ITO`]), which readers with any common colour
//! vision deficiency tell apart; `other` is grey. Category names (roles,
//! terms) are drawn by hand under or beside the axis, wrapped at `_` and
//! spaces, so long role ids stay readable. Each [`Chart`] is an `<svg>`
//! element with an `id` (the page's anchors and the browser test find it by
//! it), `role="img"` and an `aria-label`, and a `viewBox`, so the page's
//! style sheet can scale it to the width of a screen or an A4 page.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::error::{Error, Result};
use crate::metrics::Bin;

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

/// Text of `px` pixels as the browser draws it (plotters divides the size
/// by 1.24 in SVG).
fn font(px: f64) -> TextStyle<'static> {
    ("sans-serif", px * 1.24).into_font().color(&INK)
}

fn bold(px: f64) -> TextStyle<'static> {
    ("sans-serif", px * 1.24)
        .into_font()
        .style(FontStyle::Bold)
        .color(&INK)
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
    let (pos, top) = if right {
        let n = lines.len() as i32;
        (Pos::new(HPos::Right, VPos::Center), y - (n - 1) * step / 2)
    } else {
        (Pos::new(HPos::Center, VPos::Top), y)
    };
    for (i, line) in lines.iter().enumerate() {
        let at = (x, top + i as i32 * step);
        area.draw(&Text::new(line.clone(), at, font(px).pos(pos)))?;
    }
    Ok(())
}

/// Bar heights' axis: from 0 to a little over the largest value.
fn headroom(max: f64) -> f64 {
    if max <= 0.0 {
        1.0
    } else {
        max * 1.18
    }
}

/// Postings per outcome (roles, then `other`), one bar each.
pub fn outcome_bars(id: &str, outcomes: &[String], counts: &[u64]) -> Result<Chart> {
    let title = "Postings by top_role";
    let n = outcomes.len();
    let total: u64 = counts.iter().sum::<u64>().max(1);
    let top = headroom(counts.iter().copied().max().unwrap_or(0) as f64);
    draw(id, title, (860, 420), |root| {
        let mut chart = ChartBuilder::on(root)
            .caption(title, bold(18.0))
            .margin(14)
            .x_label_area_size(74)
            .y_label_area_size(76)
            .build_cartesian_2d(-0.5f64..n as f64 - 0.5, 0f64..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .y_desc("postings (count)")
            .x_desc("top_role (a role, or other when relevance is below the threshold)")
            .axis_desc_style(font(14.0))
            .label_style(font(13.0))
            .y_label_formatter(&|v| super::thousands(*v as u64))
            .draw()?;
        for (i, &count) in counts.iter().enumerate() {
            let x = i as f64;
            let colour = outcome_colour(i, n - 1);
            chart.draw_series([Rectangle::new(
                [(x - 0.36, 0.0), (x + 0.36, count as f64)],
                colour.filled(),
            )])?;
            let share = 100.0 * count as f64 / total as f64;
            let label = format!("{} ({share:.1}%)", super::thousands(count));
            let (px, py) = chart.backend_coord(&(x, count as f64));
            root.draw(&Text::new(
                label,
                (px, py - 4),
                font(13.0).pos(Pos::new(HPos::Center, VPos::Bottom)),
            ))?;
            let (px, py) = chart.backend_coord(&(x, 0.0));
            draw_lines(root, &wrap(&outcomes[i], 16), (px, py + 8), 13.0, false)?;
        }
        Ok(())
    })
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
/// entries need), and returns the area left for the chart. The legend
/// sits outside the plot, so it never hides a bar or a point.
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
    let style = font(px).pos(Pos::new(HPos::Left, VPos::Center));
    area.draw(&Text::new(label.to_string(), (x + 26, y), style))?;
    Ok(())
}

/// The relevance histogram, with the threshold marked.
pub fn relevance_histogram(id: &str, bins: &[u64], threshold: f64) -> Result<Chart> {
    let title = "Relevance of the scored postings";
    let width = 1.0 / bins.len() as f64;
    let top = headroom(bins.iter().copied().max().unwrap_or(0) as f64);
    let legend = [
        (
            "below the threshold: top_role is other".to_string(),
            Mark::Box(GREY),
        ),
        (
            "at or above: top_role is a role".to_string(),
            Mark::Box(OKABE_ITO[0]),
        ),
        (
            format!("threshold {threshold:.2}"),
            Mark::Dash(OKABE_ITO[5]),
        ),
    ];
    draw(id, title, (860, 420), |root| {
        let body = head(root, title, &legend)?;
        let mut chart = ChartBuilder::on(&body)
            .margin(14)
            .x_label_area_size(52)
            .y_label_area_size(76)
            .build_cartesian_2d(0f64..1f64, 0f64..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(11)
            .x_label_formatter(&|v| format!("{v:.1}"))
            .y_label_formatter(&|v| super::thousands(*v as u64))
            .y_desc("postings (count)")
            .x_desc(format!("relevance (0 to 1, bins of {width:.2})"))
            .axis_desc_style(font(14.0))
            .label_style(font(13.0))
            .draw()?;
        chart.draw_series(bins.iter().enumerate().map(|(i, &c)| {
            let x0 = i as f64 * width;
            let colour = if x0 + 1e-9 < threshold {
                GREY
            } else {
                OKABE_ITO[0]
            };
            Rectangle::new(
                [(x0 + width * 0.06, 0.0), (x0 + width * 0.94, c as f64)],
                colour.filled(),
            )
        }))?;
        let style = ShapeStyle::from(&OKABE_ITO[5]).stroke_width(2);
        chart.draw_series(DashedLineSeries::new(
            [(threshold, 0.0), (threshold, top)],
            8,
            5,
            style,
        ))?;
        Ok(())
    })
}

/// The grid of small panels (`columns` wide) for `n` items.
fn panels<'a>(root: &Area<'a>, n: usize, columns: usize) -> Vec<Area<'a>> {
    let rows = n.div_ceil(columns);
    root.split_evenly((rows, columns))
}

/// Confidence per outcome: one small histogram each, as a share of the
/// outcome's postings.
pub fn confidence_panels(
    id: &str,
    outcomes: &[String],
    bins: &[[u64; 10]],
    means: &[f64],
) -> Result<Chart> {
    let title = "Confidence by top_role";
    let n = outcomes.len();
    let columns = if n > 4 { 3 } else { n.max(1) };
    let rows = n.div_ceil(columns);
    let height = 60 + rows as u32 * 250;
    draw(id, title, (900, height), |root| {
        let body = root.titled(title, bold(18.0))?;
        for (i, panel) in panels(&body, n, columns).iter().enumerate().take(n) {
            let total: u64 = bins[i].iter().sum();
            let shares: Vec<f64> = bins[i]
                .iter()
                .map(|&c| {
                    if total == 0 {
                        0.0
                    } else {
                        100.0 * c as f64 / total as f64
                    }
                })
                .collect();
            let note = if total == 0 {
                "no postings".to_string()
            } else {
                format!("{} postings, mean {:.2}", super::thousands(total), means[i])
            };
            let top = headroom(shares.iter().copied().fold(0.0, f64::max));
            let mut chart = ChartBuilder::on(panel)
                .caption(&outcomes[i], bold(13.0))
                .margin(8)
                .x_label_area_size(40)
                .y_label_area_size(48)
                .build_cartesian_2d(0f64..1f64, 0f64..top)?;
            chart
                .configure_mesh()
                .disable_x_mesh()
                .light_line_style(WHITE)
                .bold_line_style(GRID)
                .x_labels(6)
                .y_labels(5)
                .x_label_formatter(&|v| format!("{v:.1}"))
                .y_label_formatter(&|v| format!("{v:.0}"))
                .x_desc("confidence (0 to 1)")
                .y_desc("% of its postings")
                .axis_desc_style(font(12.0))
                .label_style(font(11.0))
                .draw()?;
            let colour = outcome_colour(i, n - 1);
            chart.draw_series(shares.iter().enumerate().map(|(b, &s)| {
                let x0 = b as f64 / 10.0;
                Rectangle::new([(x0 + 0.006, 0.0), (x0 + 0.094, s)], colour.filled())
            }))?;
            let (px, py) = chart.backend_coord(&(0.0, top));
            root.draw(&Text::new(
                note,
                (px + 6, py + 2),
                font(12.0).pos(Pos::new(HPos::Left, VPos::Top)),
            ))?;
        }
        Ok(())
    })
}

/// The strongest evidence terms of each outcome: one small horizontal bar
/// chart per outcome.
pub fn evidence_panels(
    id: &str,
    outcomes: &[String],
    terms: &[Vec<(String, u64)>],
) -> Result<Chart> {
    let title = "Strongest evidence terms by top_role (summed from the evidence column)";
    let n = outcomes.len();
    let columns = 2;
    let k = terms.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let rows = n.div_ceil(columns);
    let panel_height = 70 + 24 * k as u32;
    draw(id, title, (960, 50 + rows as u32 * panel_height), |root| {
        let body = root.titled(title, bold(18.0))?;
        for (i, panel) in panels(&body, n, columns).iter().enumerate().take(n) {
            evidence_panel(
                root,
                panel,
                &outcomes[i],
                &terms[i],
                k,
                outcome_colour(i, n - 1),
            )?;
        }
        Ok(())
    })
}

/// One panel of [`evidence_panels`]; labels are drawn on `root`, where
/// the chart's pixel positions are.
fn evidence_panel(
    root: &Area,
    panel: &Area,
    outcome: &str,
    terms: &[(String, u64)],
    k: usize,
    colour: RGBColor,
) -> Drawn {
    let top = headroom(terms.iter().map(|t| t.1).max().unwrap_or(0) as f64);
    let caption = if terms.is_empty() {
        format!("{outcome}: no evidence")
    } else {
        outcome.to_string()
    };
    let mut chart = ChartBuilder::on(panel)
        .caption(caption, bold(13.0))
        .margin(8)
        .x_label_area_size(38)
        .y_label_area_size(170)
        .build_cartesian_2d(0f64..top, -0.5f64..k as f64 - 0.5)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .y_labels(0)
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .x_labels(5)
        .x_label_formatter(&|v| super::thousands(*v as u64))
        .x_desc("term count, summed over its postings")
        .axis_desc_style(font(12.0))
        .label_style(font(11.0))
        .draw()?;
    for (j, (term, count)) in terms.iter().enumerate() {
        let y = (k - 1 - j) as f64;
        let c = *count as f64;
        chart.draw_series([Rectangle::new(
            [(0.0, y - 0.36), (c, y + 0.36)],
            colour.filled(),
        )])?;
        let (px, py) = chart.backend_coord(&(0.0, y));
        root.draw(&Text::new(
            clip(term, 26),
            (px - 6, py),
            font(12.0).pos(Pos::new(HPos::Right, VPos::Center)),
        ))?;
        let (px, py) = chart.backend_coord(&(c, y));
        root.draw(&Text::new(
            super::thousands(*count),
            (px + 4, py),
            font(11.0).pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
    }
    Ok(())
}

/// The confusion matrix as a heat map: rows are labels, columns the
/// `top_role` written; a cell's shade is its share of the row.
pub fn confusion_heatmap(id: &str, names: &[String], matrix: &[Vec<usize>]) -> Result<Chart> {
    let title = "Confusion matrix (rows: label; columns: top_role written)";
    let n = names.len();
    draw(id, title, (820, 700), |root| {
        let mut chart = ChartBuilder::on(root)
            .caption(title, bold(18.0))
            .margin(14)
            .x_label_area_size(86)
            .y_label_area_size(150)
            .build_cartesian_2d(-0.5f64..n as f64 - 0.5, -0.5f64..n as f64 - 0.5)?;
        chart
            .configure_mesh()
            .disable_mesh()
            .x_labels(0)
            .y_labels(0)
            .x_desc("top_role written (prediction)")
            .y_desc("label (truth)")
            .axis_desc_style(font(14.0))
            .draw()?;
        for (r, row) in matrix.iter().enumerate() {
            let total: usize = row.iter().sum();
            for (c, &count) in row.iter().enumerate() {
                let share = if total == 0 {
                    0.0
                } else {
                    count as f64 / total as f64
                };
                heat_cell(root, &mut chart, (c, n - 1 - r), count, share)?;
            }
        }
        for (i, name) in names.iter().enumerate() {
            let (px, py) = chart.backend_coord(&(i as f64, -0.5));
            draw_lines(root, &wrap(name, 14), (px, py + 8), 13.0, false)?;
            let (px, py) = chart.backend_coord(&(-0.5, (n - 1 - i) as f64));
            draw_lines(root, &wrap(name, 16), (px - 8, py), 13.0, true)?;
        }
        Ok(())
    })
}

type Cartesian<'a, 'b> = ChartContext<
    'a,
    SVGBackend<'b>,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

/// One cell of the heat map: white to Okabe–Ito blue by `share`, with the
/// count and the row share written in it.
fn heat_cell(
    root: &Area,
    chart: &mut Cartesian,
    (x, y): (usize, usize),
    count: usize,
    share: f64,
) -> Drawn {
    let (x, y) = (x as f64, y as f64);
    let blue = OKABE_ITO[0];
    let mix = |c: u8| (255.0 - (255.0 - f64::from(c)) * share).round() as u8;
    let fill = RGBColor(mix(blue.0), mix(blue.1), mix(blue.2));
    chart.draw_series([Rectangle::new(
        [(x - 0.5, y - 0.5), (x + 0.5, y + 0.5)],
        fill.filled(),
    )])?;
    chart.draw_series([Rectangle::new(
        [(x - 0.5, y - 0.5), (x + 0.5, y + 0.5)],
        ShapeStyle::from(&WHITE).stroke_width(2),
    )])?;
    let ink = if share > 0.5 { WHITE } else { INK };
    let (px, py) = chart.backend_coord(&(x, y));
    let centre = Pos::new(HPos::Center, VPos::Center);
    root.draw(&Text::new(
        super::thousands(count as u64),
        (px, py - 9),
        bold(15.0).color(&ink).pos(centre),
    ))?;
    root.draw(&Text::new(
        percent(share),
        (px, py + 11),
        font(12.0).color(&ink).pos(centre),
    ))?;
    Ok(())
}

/// A share as a percentage: whole numbers, one decimal below 1%
/// (so that a few postings do not read as none).
fn percent(share: f64) -> String {
    let p = share * 100.0;
    if p > 0.0 && p < 0.95 {
        format!("{p:.1}%")
    } else {
        format!("{p:.0}%")
    }
}

/// Precision, recall and F1 per role: three bars per role.
pub fn prf_bars(
    id: &str,
    roles: &[String],
    values: &[[f64; 3]],
    support: &[usize],
) -> Result<Chart> {
    let title = "Precision, recall and F1 by role (most probable role of each role posting)";
    let n = roles.len();
    let series = [OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2]];
    let legend = ["precision", "recall", "F1"]
        .map(|l| l.to_string())
        .into_iter()
        .zip(series.map(Mark::Box))
        .collect::<Vec<_>>();
    draw(id, title, (900, 460), |root| {
        let body = head(root, title, &legend)?;
        let mut chart = ChartBuilder::on(&body)
            .margin(14)
            .x_label_area_size(74)
            .y_label_area_size(64)
            .build_cartesian_2d(-0.5f64..n as f64 - 0.5, 0f64..1.08f64)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(6)
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .y_label_formatter(&|v| format!("{v:.1}"))
            .y_desc("score (0 to 1)")
            .x_desc("role (n = postings labelled with it)")
            .axis_desc_style(font(14.0))
            .label_style(font(13.0))
            .draw()?;
        for (s, colour) in series.iter().enumerate() {
            let offset = (s as f64 - 1.0) * 0.26;
            for (i, v) in values.iter().enumerate() {
                let x = i as f64 + offset;
                chart.draw_series([Rectangle::new(
                    [(x - 0.12, 0.0), (x + 0.12, v[s])],
                    colour.filled(),
                )])?;
                let (px, py) = chart.backend_coord(&(x, v[s]));
                let style = font(11.0).pos(Pos::new(HPos::Center, VPos::Bottom));
                root.draw(&Text::new(format!("{:.2}", v[s]), (px, py - 3), style))?;
            }
        }
        for (i, role) in roles.iter().enumerate() {
            let (px, py) = chart.backend_coord(&(i as f64, 0.0));
            let mut lines = wrap(role, 18);
            lines.push(format!("n = {}", super::thousands(support[i] as u64)));
            draw_lines(root, &lines, (px, py + 8), 13.0, false)?;
        }
        Ok(())
    })
}

/// A reliability diagram: observed frequency against mean predicted
/// probability per bin, over a histogram of the bins' postings.
pub fn reliability(id: &str, title: &str, what: &str, bins: &[Bin], ece: f64) -> Result<Chart> {
    let full = format!("{title} (ECE {ece:.3})");
    let blue = OKABE_ITO[0];
    let legend = [
        ("perfect calibration".to_string(), Mark::Dash(GREY)),
        ("observed, per bin".to_string(), Mark::Line(blue)),
    ];
    draw(id, &full, (560, 590), |root| {
        let body = head(root, &full, &legend)?;
        let (upper, lower) = body.split_vertically(380);
        let mut chart = ChartBuilder::on(&upper)
            .margin(10)
            .x_label_area_size(34)
            .y_label_area_size(58)
            .build_cartesian_2d(0f64..1f64, 0f64..1f64)?;
        chart
            .configure_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(6)
            .y_labels(6)
            .x_label_formatter(&|v| format!("{v:.1}"))
            .y_label_formatter(&|v| format!("{v:.1}"))
            .y_desc("observed frequency (0 to 1)")
            .axis_desc_style(font(13.0))
            .label_style(font(12.0))
            .draw()?;
        let diagonal = ShapeStyle::from(&GREY).stroke_width(1);
        chart.draw_series(DashedLineSeries::new(
            [(0.0, 0.0), (1.0, 1.0)],
            6,
            4,
            diagonal,
        ))?;
        let points: Vec<(f64, f64)> = bins
            .iter()
            .filter(|b| b.count > 0)
            .map(|b| (b.confidence, b.accuracy))
            .collect();
        chart.draw_series(LineSeries::new(
            points.iter().copied(),
            ShapeStyle::from(&blue).stroke_width(2),
        ))?;
        chart.draw_series(points.iter().map(|&p| Circle::new(p, 4, blue.filled())))?;
        bin_counts(&lower, bins, what)
    })
}

/// The postings per bin under a reliability diagram.
fn bin_counts(area: &Area, bins: &[Bin], what: &str) -> Drawn {
    let top = headroom(bins.iter().map(|b| b.count).max().unwrap_or(0) as f64);
    let mut chart = ChartBuilder::on(area)
        .margin(10)
        .x_label_area_size(40)
        .y_label_area_size(58)
        .build_cartesian_2d(0f64..1f64, 0f64..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .x_labels(6)
        .y_labels(3)
        .x_label_formatter(&|v| format!("{v:.1}"))
        .y_label_formatter(&|v| super::thousands(*v as u64))
        .x_desc(format!("{what}, mean predicted in each bin of 0.1"))
        .y_desc("postings")
        .axis_desc_style(font(13.0))
        .label_style(font(12.0))
        .draw()?;
    chart.draw_series(bins.iter().map(|b| {
        Rectangle::new(
            [(b.lower + 0.008, 0.0), (b.upper - 0.008, b.count as f64)],
            GREY.filled(),
        )
    }))?;
    Ok(())
}

/// The ROC curve of relevance (role postings against `other`), with the
/// point of the relevance threshold marked.
pub fn roc_curve(
    id: &str,
    points: &[(f64, f64)],
    auc: Option<f64>,
    threshold: Option<(f64, (f64, f64))>,
) -> Result<Chart> {
    let title = match auc {
        Some(a) => format!("Relevance ROC curve (AUC {a:.3})"),
        None => "Relevance ROC curve (needs role and other postings)".to_string(),
    };
    let (blue, orange) = (OKABE_ITO[0], OKABE_ITO[5]);
    let mut legend = vec![
        ("chance".to_string(), Mark::Dash(GREY)),
        ("relevance".to_string(), Mark::Line(blue)),
    ];
    if let Some((cut, (fpr, tpr))) = threshold {
        legend.push((
            format!("threshold {cut:.2}: FPR {fpr:.2}, TPR {tpr:.2}"),
            Mark::Dot(orange),
        ));
    }
    draw(id, &title, (560, 590), |root| {
        let body = head(root, &title, &legend)?;
        let mut chart = ChartBuilder::on(&body)
            .margin(12)
            .x_label_area_size(56)
            .y_label_area_size(70)
            .build_cartesian_2d(0f64..1f64, 0f64..1f64)?;
        chart
            .configure_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(6)
            .y_labels(6)
            .x_label_formatter(&|v| format!("{v:.1}"))
            .y_label_formatter(&|v| format!("{v:.1}"))
            .x_desc("false positive rate (other postings at or above a cut)")
            .y_desc("true positive rate (role postings at or above a cut)")
            .axis_desc_style(font(12.0))
            .label_style(font(12.0))
            .draw()?;
        let diagonal = ShapeStyle::from(&GREY).stroke_width(1);
        chart.draw_series(DashedLineSeries::new(
            [(0.0, 0.0), (1.0, 1.0)],
            6,
            4,
            diagonal,
        ))?;
        chart.draw_series(LineSeries::new(
            thin(points),
            ShapeStyle::from(&blue).stroke_width(2),
        ))?;
        if let Some((_, point)) = threshold {
            chart.draw_series([Circle::new(point, 6, orange.filled())])?;
        }
        Ok(())
    })
}

/// Relevance of role postings and of `other` postings: each label's share
/// of postings per bin, side by side, with the threshold marked.
pub fn relevance_by_label(
    id: &str,
    roles: &[u64],
    others: &[u64],
    threshold: f64,
) -> Result<Chart> {
    let title = "Relevance by label";
    let share = |bins: &[u64]| {
        let total = bins.iter().sum::<u64>().max(1) as f64;
        bins.iter()
            .map(|&c| 100.0 * c as f64 / total)
            .collect::<Vec<f64>>()
    };
    let (role_shares, other_shares) = (share(roles), share(others));
    let top = headroom(
        role_shares
            .iter()
            .chain(&other_shares)
            .copied()
            .fold(0.0, f64::max),
    );
    let width = 1.0 / roles.len().max(1) as f64;
    let legend = [
        (
            format!(
                "labelled with a role ({})",
                super::thousands(roles.iter().sum())
            ),
            Mark::Box(OKABE_ITO[0]),
        ),
        (
            format!("labelled other ({})", super::thousands(others.iter().sum())),
            Mark::Box(GREY),
        ),
        (
            format!("threshold {threshold:.2}"),
            Mark::Dash(OKABE_ITO[5]),
        ),
    ];
    draw(id, title, (560, 590), |root| {
        let body = head(root, title, &legend)?;
        let mut chart = ChartBuilder::on(&body)
            .margin(12)
            .x_label_area_size(56)
            .y_label_area_size(70)
            .build_cartesian_2d(0f64..1f64, 0f64..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(6)
            .x_label_formatter(&|v| format!("{v:.1}"))
            .y_label_formatter(&|v| format!("{v:.0}"))
            .x_desc(format!("relevance (0 to 1, bins of {width:.2})"))
            .y_desc("% of the label's postings")
            .axis_desc_style(font(12.0))
            .label_style(font(12.0))
            .draw()?;
        for (shares, colour, half) in [
            (&role_shares, OKABE_ITO[0], 0.0),
            (&other_shares, GREY, 0.5),
        ] {
            chart.draw_series(shares.iter().enumerate().map(|(i, &v)| {
                let x0 = (i as f64 + half) * width;
                Rectangle::new(
                    [(x0 + width * 0.04, 0.0), (x0 + width * 0.46, v)],
                    colour.filled(),
                )
            }))?;
        }
        let style = ShapeStyle::from(&OKABE_ITO[5]).stroke_width(2);
        chart.draw_series(DashedLineSeries::new(
            [(threshold, 0.0), (threshold, top)],
            8,
            5,
            style,
        ))?;
        Ok(())
    })
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
