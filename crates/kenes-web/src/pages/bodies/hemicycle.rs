//! Seat charts: a body's seats as a half-circle of concentric rows, drawn on
//! the server as SVG. The layout is the one parliament-diagram tools use
//! (D. Richfield's ParliamentDiagram and its descendants): the number of rows
//! follows from the number of seats, each row holds seats in proportion to
//! its radius, and seats are handed out in order of angle across all rows, so
//! that each constituency forms a wedge from the inner row to the outer one.
//!
//! Colours are the Okabe–Ito palette, which holds for the common colour-vision
//! deficiencies; a colour is never the only cue (every seat has a `<title>`,
//! every chart a legend, and from the ninth constituency on the colours
//! repeat with a ring). Seats the source does not assign are hollow.
//!
//! The geometry is floating point: it places circles, it counts nothing. The
//! seats per row are shared out by largest remainders (kenes-power), so that
//! no row takes more seats than it holds.

use std::f64::consts::PI;

use kenes_power::apportion::{Method, Options, Quota, TieBreak, apportion};
use maud::{Markup, html};

/// The Okabe–Ito palette (Okabe & Ito 2008), in the order the wedges take it.
pub const PALETTE: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
];

/// The most seats a chart draws: a larger (hostile) size gets a sentence instead.
pub const MAX_DRAWN_SEATS: u64 = 1000;

/// The chart's canvas: the half-circle's centre is at (`CENTRE`, `CENTRE`),
/// in units where the outer row lies just inside radius `CENTRE`.
const CENTRE: f64 = 1.75;
/// SVG user units per canvas unit: the chart is 200 units wide.
const SCALE: f64 = 200.0 / (2.0 * CENTRE);

/// How a seat is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeatStyle {
    /// Filled with palette colour `index % 8`, ringed on the second round.
    Filled(usize),
    /// A seat the source leaves unassigned: hollow.
    Unknown,
}

impl SeatStyle {
    fn fill(self) -> &'static str {
        match self {
            SeatStyle::Filled(index) => PALETTE[index % PALETTE.len()],
            SeatStyle::Unknown => "#fcfcfa",
        }
    }

    fn ringed(self) -> bool {
        matches!(self, SeatStyle::Filled(index) if (index / PALETTE.len()) % 2 == 1)
    }
}

/// One constituency's seats in a chart (or the seats nobody is listed for).
#[derive(Clone, Debug)]
pub struct Wedge {
    pub seats: u64,
    pub style: SeatStyle,
    /// What a reader hovering a seat (or a screen reader) is told.
    pub title: String,
}

/// A chart: its id for `data-composition`, its label for `aria-label`, and
/// its wedges from left to right.
#[derive(Clone, Debug)]
pub struct Chart {
    pub id: String,
    pub label: String,
    pub wedges: Vec<Wedge>,
}

impl Chart {
    pub fn seats(&self) -> u64 {
        self.wedges.iter().map(|w| w.seats).sum()
    }
}

/// A seat's centre and radius on the canvas, with its angle (π at the left).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Seat {
    pub x: f64,
    pub y: f64,
    pub radius: f64,
    pub angle: f64,
    pub row: usize,
}

/// How many rows a chart of `seats` seats has: the fewest that hold them.
pub fn row_count(seats: usize) -> usize {
    (1..)
        .find(|&rows| row_capacities(rows).iter().sum::<usize>() >= seats)
        .unwrap_or(1)
}

/// The radius of row `row` (0 = innermost) of a chart of `rows` rows: the
/// rows are one seat-pitch (1/rows) apart, the outer one just inside `CENTRE`.
fn row_radius(rows: usize, row: usize) -> f64 {
    let (n, i) = (rows as f64, (row + 1) as f64);
    (3.0 * n + 4.0 * i - 2.0) / (4.0 * n)
}

/// How many seats each row holds: the half-circle over the angle one seat
/// takes, which grows with the radius.
fn row_capacities(rows: usize) -> Vec<usize> {
    (0..rows)
        .map(|row| {
            let pitch_angle = 2.0 * (1.0 / (2.0 * rows as f64 * row_radius(rows, row))).asin();
            (PI / pitch_angle).floor() as usize
        })
        .collect()
}

/// The seats of each row: `seats` shared out in proportion to the rows'
/// capacities by largest remainders, ties going to the outer rows.
fn seats_per_row(seats: usize, capacities: &[usize]) -> Vec<usize> {
    let weights: Vec<u64> = capacities.iter().map(|&c| c as u64).collect();
    let options = Options {
        tie_break: TieBreak::Order((0..capacities.len()).rev().collect()),
        ..Options::default()
    };
    let method = Method::LargestRemainder(Quota::Hare);
    match apportion(&weights, seats as u64, &method, &options) {
        Ok(shared) if shared.is_complete() => shared.seats().iter().map(|&s| s as usize).collect(),
        // Not reached with positive capacities; fill from the outside in.
        _ => fill_from_outside(seats, capacities),
    }
}

fn fill_from_outside(mut seats: usize, capacities: &[usize]) -> Vec<usize> {
    let mut rows = vec![0; capacities.len()];
    for (row, capacity) in capacities.iter().enumerate().rev() {
        rows[row] = seats.min(*capacity);
        seats -= rows[row];
    }
    rows
}

/// The seats of one row, evenly spread over the half-circle so that the end
/// seats rest on the base line; a lone seat stands at the top.
fn row_seats(rows: usize, row: usize, count: usize) -> Vec<Seat> {
    let radius = row_radius(rows, row);
    let seat_radius = 0.4 / rows as f64;
    let at = |angle: f64| Seat {
        x: CENTRE + radius * angle.cos(),
        y: CENTRE - radius * angle.sin(),
        radius: seat_radius,
        angle,
        row,
    };
    if count == 1 {
        return vec![at(PI / 2.0)];
    }
    let margin = (seat_radius / radius).asin();
    let step = (PI - 2.0 * margin) / (count - 1) as f64;
    (0..count)
        .map(|seat| at(PI - margin - step * seat as f64))
        .collect()
}

/// Every seat of a chart of `seats` seats, from left to right by angle (the
/// inner row first where angles are equal), so that consecutive seats form
/// wedges.
pub fn layout(seats: usize) -> Vec<Seat> {
    if seats == 0 {
        return Vec::new();
    }
    let rows = row_count(seats);
    let per_row = seats_per_row(seats, &row_capacities(rows));
    let mut all: Vec<Seat> = per_row
        .iter()
        .enumerate()
        .flat_map(|(row, &count)| row_seats(rows, row, count))
        .collect();
    all.sort_by(|a, b| b.angle.total_cmp(&a.angle).then(a.row.cmp(&b.row)));
    all
}

fn units(value: f64) -> String {
    format!("{:.2}", value * SCALE)
}

/// The chart as SVG: `svg.hemicycle` with `data-composition`, `data-seats`,
/// `role="img"` and `aria-label`, one `circle.seat` with a `<title>` per seat.
pub fn svg(chart: &Chart) -> Markup {
    let total = chart.seats();
    let seats = layout(usize::try_from(total).unwrap_or(0));
    let owners = chart
        .wedges
        .iter()
        .flat_map(|wedge| std::iter::repeat_n(wedge, wedge.seats as usize));
    let view_box = format!("0 0 200 {}", units(CENTRE));
    html! {
        svg.hemicycle role="img" aria-label=(chart.label) viewBox=(view_box)
            data-composition=(chart.id) data-seats=(total) {
            @for (seat, wedge) in seats.iter().zip(owners) {
                circle.seat.ringed[wedge.style.ringed()].unknown[wedge.style == SeatStyle::Unknown]
                    cx=(units(seat.x)) cy=(units(seat.y)) r=(units(seat.radius))
                    fill=(wedge.style.fill()) {
                    title { (wedge.title) }
                }
            }
            text.total x="100" y=(units(CENTRE - 0.08)) text-anchor="middle" { (total) }
        }
    }
}

/// A legend's sample of a seat style (hidden from screen readers: the
/// legend's text says the same).
pub fn swatch(style: SeatStyle) -> Markup {
    html! {
        svg.swatch viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" {
            circle.ringed[style.ringed()].unknown[style == SeatStyle::Unknown]
                cx="6" cy="6" r="5" fill=(style.fill()) {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_grow_with_the_seats_as_in_parliament_diagrams() {
        // ParliamentDiagram's table: 1 row holds 3 seats, 2 rows 15, 3 rows 33, 4 rows 61.
        let capacity = |rows| row_capacities(rows).iter().sum::<usize>();
        assert_eq!(
            [capacity(1), capacity(2), capacity(3), capacity(4)],
            [3, 15, 33, 61]
        );
        assert_eq!(
            [row_count(1), row_count(3), row_count(4), row_count(15)],
            [1, 1, 2, 2]
        );
        assert_eq!([row_count(16), row_count(24), row_count(34)], [3, 3, 4]);
    }

    #[test]
    fn every_seat_is_placed_once_inside_the_canvas_without_overlap() {
        for seats in 1..=240 {
            let placed = layout(seats);
            assert_eq!(placed.len(), seats, "{seats} seats");
            for (i, a) in placed.iter().enumerate() {
                assert!(a.x - a.radius >= -1e-9 && a.x + a.radius <= 2.0 * CENTRE + 1e-9);
                assert!(a.y - a.radius >= -1e-9 && a.y + a.radius <= CENTRE + 1e-9);
                for b in &placed[i + 1..] {
                    let distance = ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt();
                    assert!(
                        distance >= a.radius + b.radius - 1e-9,
                        "{seats} seats overlap"
                    );
                }
            }
        }
    }

    #[test]
    fn rows_hold_seats_in_proportion_to_their_radius() {
        for seats in [9, 15, 24, 100, 500] {
            let rows = row_count(seats);
            let capacities = row_capacities(rows);
            let per_row = seats_per_row(seats, &capacities);
            assert_eq!(per_row.iter().sum::<usize>(), seats);
            assert!(per_row.iter().zip(&capacities).all(|(s, c)| s <= c));
            // outer rows never hold fewer seats than inner ones
            assert!(per_row.windows(2).all(|w| w[0] <= w[1]), "{per_row:?}");
        }
    }

    #[test]
    fn seats_run_from_left_to_right_so_that_wedges_form() {
        let placed = layout(24);
        assert!(placed.windows(2).all(|w| w[0].angle >= w[1].angle));
        // the first seat is on the left, the last on the right
        assert!(placed[0].x < CENTRE && placed[23].x > CENTRE);
    }

    #[test]
    fn the_svg_has_one_titled_circle_per_seat() {
        let chart = Chart {
            id: "comp.x".into(),
            label: "<b>x</b>".into(),
            wedges: vec![
                Wedge {
                    seats: 3,
                    style: SeatStyle::Filled(0),
                    title: "A".into(),
                },
                Wedge {
                    seats: 2,
                    style: SeatStyle::Unknown,
                    title: "unknown".into(),
                },
            ],
        };
        let svg = svg(&chart).into_string();
        assert_eq!(svg.matches("<circle class=\"seat").count(), 5);
        assert_eq!(svg.matches("<title>").count(), 5);
        assert_eq!(svg.matches("class=\"seat unknown\"").count(), 2);
        assert!(svg.contains("data-seats=\"5\"") && svg.contains("&lt;b&gt;"));
    }

    #[test]
    fn colours_repeat_with_a_ring_after_the_palette() {
        assert!(!SeatStyle::Filled(7).ringed());
        assert!(SeatStyle::Filled(8).ringed());
        assert_eq!(SeatStyle::Filled(9).fill(), PALETTE[1]);
    }
}
