//! The charts of the eval page: the confusion matrix as a heat map,
//! precision, recall and F1 by role, reliability diagrams, the relevance
//! ROC curve and relevance by label.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{
    anchored, bold, count, diagonal, draw, draw_lines, font, head, headroom, plot, shares, tenths,
    thin, threshold_line, whole, wrap, Area, Axes, Chart, Drawn, Mark, Plot, GREY, OKABE_ITO,
};
use crate::error::Result;
use crate::metrics::Bin;
use crate::report::thousands;

/// The confusion matrix as a heat map: rows are labels, columns the
/// `top_role` written; a cell's shade is its share of the row.
pub fn confusion_heatmap(id: &str, names: &[String], matrix: &[Vec<usize>]) -> Result<Chart> {
    let title = "Confusion matrix (rows: label; columns: top_role written)";
    let n = names.len();
    draw(id, title, (820, 720), |root| {
        let body = head(root, title, &[])?;
        let cells = -0.5..n as f64 - 0.5;
        let mut chart = plot(&body, (86, 150), cells.clone(), cells)?;
        Axes::new("top_role written (prediction)", "label (truth)")
            .labels(0, 0)
            .size(13.0)
            .draw(&mut chart)?;
        for (r, row) in matrix.iter().enumerate() {
            let total: usize = row.iter().sum();
            for (c, &cell) in row.iter().enumerate() {
                let share = if total == 0 {
                    0.0
                } else {
                    cell as f64 / total as f64
                };
                heat_cell(root, &mut chart, (c, n - 1 - r), cell, share)?;
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

/// One cell of the heat map: white to Okabe–Ito blue by `share`, with the
/// count and the row share written in it.
fn heat_cell(
    root: &Area,
    chart: &mut Plot,
    (x, y): (usize, usize),
    cell: usize,
    share: f64,
) -> Drawn {
    let (x, y) = (x as f64, y as f64);
    let blue = OKABE_ITO[0];
    let mix = |c: u8| (255.0 - (255.0 - f64::from(c)) * share).round() as u8;
    let fill = RGBColor(mix(blue.0), mix(blue.1), mix(blue.2));
    let corners = [(x - 0.5, y - 0.5), (x + 0.5, y + 0.5)];
    chart.draw_series([Rectangle::new(corners, fill.filled())])?;
    chart.draw_series([Rectangle::new(
        corners,
        ShapeStyle::from(&WHITE).stroke_width(2),
    )])?;
    let ink: &'static RGBColor = if share > 0.5 { &WHITE } else { &super::INK };
    let (px, py) = chart.backend_coord(&(x, y));
    let centre = |style: TextStyle<'static>| anchored(style.color(ink), HPos::Center, VPos::Center);
    root.draw(&Text::new(
        thousands(cell as u64),
        (px, py - 9),
        centre(bold(15.0)),
    ))?;
    root.draw(&Text::new(
        percent(share),
        (px, py + 11),
        centre(font(12.0)),
    ))?;
    Ok(())
}

/// A share as a percentage: whole numbers, but never 0% or 100% for a
/// share that is neither (one decimal there, `<0.1%` and `>99.9%` at the
/// ends), so a few postings do not read as none.
pub fn percent(share: f64) -> String {
    let p = share * 100.0;
    match p {
        _ if p <= 0.0 || p >= 100.0 || (0.5..99.5).contains(&p) => format!("{p:.0}%"),
        _ if p < 0.05 => "<0.1%".to_string(),
        _ if p > 99.95 => ">99.9%".to_string(),
        _ => format!("{p:.1}%"),
    }
}

/// Precision, recall and F1 per role: three bars per role, each with its
/// value; under each role, its number of labelled postings.
pub fn prf_bars(
    id: &str,
    roles: &[String],
    values: &[[f64; 3]],
    support: &[usize],
) -> Result<Chart> {
    let title = "Precision, recall and F1 by role (most probable role of each role posting)";
    let n = roles.len();
    let colours = [OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2]];
    let legend: Vec<(String, Mark)> = ["precision", "recall", "F1"]
        .iter()
        .zip(colours)
        .map(|(l, c)| (l.to_string(), Mark::Box(c)))
        .collect();
    draw(id, title, (900, 460), |root| {
        let body = head(root, title, &legend)?;
        let mut chart = plot(&body, (74, 64), -0.5..n as f64 - 0.5, 0.0..1.08)?;
        Axes::new("role (n = postings labelled with it)", "score (0 to 1)")
            .labels(0, 6)
            .size(13.0)
            .draw(&mut chart)?;
        for (i, v) in values.iter().enumerate() {
            for (s, colour) in colours.iter().enumerate() {
                let x = i as f64 + (s as f64 - 1.0) * 0.26;
                chart.draw_series([Rectangle::new(
                    [(x - 0.12, 0.0), (x + 0.12, v[s])],
                    colour.filled(),
                )])?;
                let (px, py) = chart.backend_coord(&(x, v[s]));
                let style = anchored(font(11.0), HPos::Center, VPos::Bottom);
                root.draw(&Text::new(format!("{:.2}", v[s]), (px, py - 3), style))?;
            }
            let (px, py) = chart.backend_coord(&(i as f64, 0.0));
            let mut lines = wrap(&roles[i], 18);
            lines.push(format!("n = {}", thousands(support[i] as u64)));
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
        let mut chart = plot(&upper, (34, 58), 0.0..1.0, 0.0..1.0)?;
        Axes::new("", "observed frequency (0 to 1)")
            .grid()
            .draw(&mut chart)?;
        diagonal(&mut chart)?;
        let points: Vec<(f64, f64)> = bins
            .iter()
            .filter(|b| b.count > 0)
            .map(|b| (b.confidence, b.accuracy))
            .collect();
        let line = ShapeStyle::from(&blue).stroke_width(2);
        chart.draw_series(LineSeries::new(points.iter().copied(), line))?;
        chart.draw_series(points.iter().map(|&p| Circle::new(p, 4, blue.filled())))?;
        bin_counts(&lower, bins, what)
    })
}

/// The postings per bin under a reliability diagram.
fn bin_counts(area: &Area, bins: &[Bin], what: &str) -> Drawn {
    let top = headroom(bins.iter().map(|b| b.count).max().unwrap_or(0) as f64);
    let mut chart = plot(area, (40, 58), 0.0..1.0, 0.0..top)?;
    Axes::new(
        format!("{what}, mean predicted in each bin of 0.1"),
        "postings",
    )
    .labels(6, 3)
    .formats(tenths, count)
    .draw(&mut chart)?;
    chart.draw_series(bins.iter().map(|b| {
        let corners = [(b.lower + 0.008, 0.0), (b.upper - 0.008, b.count as f64)];
        Rectangle::new(corners, GREY.filled())
    }))?;
    Ok(())
}

/// The ROC curve of relevance (role postings against `other`), with the
/// point of the relevance threshold (`(cut, (fpr, tpr))`) marked.
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
        let label = format!("threshold {cut:.2}: FPR {fpr:.2}, TPR {tpr:.2}");
        legend.push((label, Mark::Dot(orange)));
    }
    draw(id, &title, (560, 590), |root| {
        let body = head(root, &title, &legend)?;
        let mut chart = plot(&body, (56, 70), 0.0..1.0, 0.0..1.0)?;
        Axes::new(
            "false positive rate (other postings at or above a cut)",
            "true positive rate (role postings at or above a cut)",
        )
        .grid()
        .draw(&mut chart)?;
        diagonal(&mut chart)?;
        let line = ShapeStyle::from(&blue).stroke_width(2);
        chart.draw_series(LineSeries::new(thin(points), line))?;
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
    let (role_shares, other_shares) = (shares(roles), shares(others));
    let largest = role_shares
        .iter()
        .chain(&other_shares)
        .copied()
        .fold(0.0, f64::max);
    let top = headroom(largest);
    let width = 1.0 / roles.len().max(1) as f64;
    let legend = by_label_legend(roles, others, threshold);
    draw(id, title, (560, 590), |root| {
        let body = head(root, title, &legend)?;
        let mut chart = plot(&body, (56, 70), 0.0..1.0, 0.0..top)?;
        Axes::new(
            format!("relevance (0 to 1, bins of {width:.2})"),
            "% of the label's postings",
        )
        .formats(tenths, whole)
        .draw(&mut chart)?;
        for (bars, colour, half) in [
            (&role_shares, OKABE_ITO[0], 0.0),
            (&other_shares, GREY, 0.5),
        ] {
            chart.draw_series(bars.iter().enumerate().map(|(i, &v)| {
                let x0 = (i as f64 + half) * width;
                Rectangle::new(
                    [(x0 + width * 0.04, 0.0), (x0 + width * 0.46, v)],
                    colour.filled(),
                )
            }))?;
        }
        threshold_line(&mut chart, threshold, top)
    })
}

/// The legend of [`relevance_by_label`]: the labels with their postings,
/// and the threshold.
fn by_label_legend(roles: &[u64], others: &[u64], threshold: f64) -> [(String, Mark); 3] {
    let total = |bins: &[u64]| thousands(bins.iter().sum());
    [
        (
            format!("labelled with a role ({})", total(roles)),
            Mark::Box(OKABE_ITO[0]),
        ),
        (
            format!("labelled other ({})", total(others)),
            Mark::Box(GREY),
        ),
        (
            format!("threshold {threshold:.2}"),
            Mark::Dash(OKABE_ITO[5]),
        ),
    ]
}
