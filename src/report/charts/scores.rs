//! The charts of the scores page: postings by `top_role`, the relevance
//! histogram with the threshold, confidence by `top_role` (small
//! histograms) and the strongest evidence terms of each `top_role`.

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::{
    anchored, bold, clip, count, draw, draw_lines, font, head, headroom, outcome_colour, plot,
    shares, tenths, threshold_line, whole, wrap, Area, Axes, Chart, Drawn, Mark, GREY, OKABE_ITO,
};
use crate::error::Result;
use crate::report::thousands;

/// Postings per outcome (roles, then `other`), one bar each, with the
/// count and share over it.
pub fn outcome_bars(id: &str, outcomes: &[String], counts: &[u64]) -> Result<Chart> {
    let title = "Postings by top_role";
    let n = outcomes.len();
    let percents = shares(counts);
    let top = headroom(counts.iter().copied().max().unwrap_or(0) as f64);
    draw(id, title, (860, 420), |root| {
        let body = head(root, title, &[])?;
        let mut chart = plot(&body, (74, 76), -0.5..n as f64 - 0.5, 0.0..top)?;
        Axes::new(
            "top_role (a role, or other when relevance is below the threshold)",
            "postings (count)",
        )
        .labels(0, 8)
        .formats(tenths, count)
        .size(13.0)
        .draw(&mut chart)?;
        for (i, &c) in counts.iter().enumerate() {
            let (x, y) = (i as f64, c as f64);
            let colour = outcome_colour(i, n - 1);
            chart.draw_series([Rectangle::new(
                [(x - 0.36, 0.0), (x + 0.36, y)],
                colour.filled(),
            )])?;
            let label = format!("{} ({:.1}%)", thousands(c), percents[i]);
            let (px, py) = chart.backend_coord(&(x, y));
            let style = anchored(font(13.0), HPos::Center, VPos::Bottom);
            root.draw(&Text::new(label, (px, py - 4), style))?;
            let (px, py) = chart.backend_coord(&(x, 0.0));
            draw_lines(root, &wrap(&outcomes[i], 16), (px, py + 8), 13.0, false)?;
        }
        Ok(())
    })
}

/// The relevance histogram: bars below the threshold grey (written as
/// `other`), the rest blue, and the threshold as a dashed line.
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
        let mut chart = plot(&body, (52, 76), 0.0..1.0, 0.0..top)?;
        Axes::new(
            format!("relevance (0 to 1, bins of {width:.2})"),
            "postings (count)",
        )
        .labels(11, 8)
        .formats(tenths, count)
        .size(13.0)
        .draw(&mut chart)?;
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
        threshold_line(&mut chart, threshold, top)
    })
}

/// Confidence per outcome: one small histogram each (ten bins), as a
/// share of the outcome's postings, with their number and mean.
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
    draw(id, title, (900, 60 + rows as u32 * 250), |root| {
        let body = head(root, title, &[])?;
        let panels = body.split_evenly((rows, columns));
        for (i, panel) in panels.iter().enumerate().take(n) {
            let total: u64 = bins[i].iter().sum();
            let note = match total {
                0 => "no postings".to_string(),
                _ => format!("{} postings, mean {:.2}", thousands(total), means[i]),
            };
            let colour = outcome_colour(i, n - 1);
            confidence_panel(root, panel, (&outcomes[i], &note), &bins[i], colour)?;
        }
        Ok(())
    })
}

/// One panel of [`confidence_panels`]; its note is drawn on `root`, where
/// the plot's pixel positions are.
fn confidence_panel(
    root: &Area,
    panel: &Area,
    (name, note): (&str, &str),
    bins: &[u64],
    colour: RGBColor,
) -> Drawn {
    let percents = shares(bins);
    let top = headroom(percents.iter().copied().fold(0.0, f64::max));
    let area = panel.titled(name, bold(13.0))?;
    let mut chart = plot(&area, (40, 48), 0.0..1.0, 0.0..top)?;
    Axes::new("confidence (0 to 1)", "% of its postings")
        .labels(6, 5)
        .formats(tenths, whole)
        .size(11.0)
        .draw(&mut chart)?;
    let width = 1.0 / bins.len() as f64;
    chart.draw_series(percents.iter().enumerate().map(|(b, &s)| {
        let x0 = b as f64 * width;
        Rectangle::new(
            [(x0 + width * 0.06, 0.0), (x0 + width * 0.94, s)],
            colour.filled(),
        )
    }))?;
    let (px, py) = chart.backend_coord(&(0.0, top));
    let style = anchored(font(12.0), HPos::Left, VPos::Top);
    root.draw(&Text::new(note.to_string(), (px + 6, py + 2), style))?;
    Ok(())
}

/// The strongest evidence terms of each outcome: one small horizontal bar
/// chart per outcome, two a row.
pub fn evidence_panels(
    id: &str,
    outcomes: &[String],
    terms: &[Vec<(String, u64)>],
) -> Result<Chart> {
    let title = "Strongest evidence terms by top_role (summed from the evidence column)";
    let n = outcomes.len();
    let k = terms.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let rows = n.div_ceil(2);
    let panel_height = 70 + 24 * k as u32;
    draw(id, title, (960, 50 + rows as u32 * panel_height), |root| {
        let body = head(root, title, &[])?;
        let panels = body.split_evenly((rows, 2));
        for (i, panel) in panels.iter().enumerate().take(n) {
            let colour = outcome_colour(i, n - 1);
            evidence_panel(root, panel, &outcomes[i], (&terms[i], k), colour)?;
        }
        Ok(())
    })
}

/// One panel of [`evidence_panels`]: `k` rows of bars; labels are drawn
/// on `root`, where the plot's pixel positions are.
fn evidence_panel(
    root: &Area,
    panel: &Area,
    outcome: &str,
    (terms, k): (&[(String, u64)], usize),
    colour: RGBColor,
) -> Drawn {
    let top = headroom(terms.iter().map(|t| t.1).max().unwrap_or(0) as f64);
    let name = if terms.is_empty() {
        format!("{outcome}: no evidence")
    } else {
        outcome.to_string()
    };
    let area = panel.titled(&name, bold(13.0))?;
    let mut chart = plot(&area, (38, 170), 0.0..top, -0.5..k as f64 - 0.5)?;
    Axes::new("term count, summed over its postings", "")
        .labels(5, 0)
        .formats(count, tenths)
        .size(11.0)
        .draw(&mut chart)?;
    for (j, (term, c)) in terms.iter().enumerate() {
        let (x, y) = (*c as f64, (k - 1 - j) as f64);
        chart.draw_series([Rectangle::new(
            [(0.0, y - 0.36), (x, y + 0.36)],
            colour.filled(),
        )])?;
        let (px, py) = chart.backend_coord(&(0.0, y));
        let style = anchored(font(12.0), HPos::Right, VPos::Center);
        root.draw(&Text::new(clip(term, 26), (px - 6, py), style))?;
        let (px, py) = chart.backend_coord(&(x, y));
        let style = anchored(font(11.0), HPos::Left, VPos::Center);
        root.draw(&Text::new(thousands(*c), (px + 4, py), style))?;
    }
    Ok(())
}
