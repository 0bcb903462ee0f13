//! The room each actor of the drawing takes — its circle and its label, a
//! box — and the last step of the layout: turning each label to the side
//! where it covers least, and pushing apart actors whose boxes still
//! overlap, so that no label covers another actor's circle or label where
//! the frame leaves room enough.

use super::layout::{GAP, Point, Size};

/// Half a label's height at the drawing's font size (11px), with a little room.
const HALF_LINE: f64 = 7.5;
/// The least space kept between two actors' boxes.
pub const PAD: f64 = 2.0;
/// The most rounds of turning labels and pushing boxes apart.
const ROUNDS: usize = 300;
/// What a label crossing one of its own lines costs, against the area it
/// shares with other actors' rooms.
const CROSSING: f64 = 1000.0;

/// A rectangle of the drawing: an actor's room, or the part of the frame
/// a group of actors is drawn in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn width(&self) -> f64 {
        self.right - self.left
    }

    pub fn height(&self) -> f64 {
        self.bottom - self.top
    }

    pub fn centre(&self) -> Point {
        Point {
            x: (self.left + self.right) / 2.0,
            y: (self.top + self.bottom) / 2.0,
        }
    }

    /// How much `self` and `other`, each with `PAD` of room, overlap on
    /// each axis (both positive only when they do overlap).
    pub fn overlap(&self, other: &Rect) -> (f64, f64) {
        (
            self.right.min(other.right) - self.left.max(other.left) + PAD,
            self.bottom.min(other.bottom) - self.top.max(other.top) + PAD,
        )
    }

    fn area_shared(&self, other: &Rect) -> f64 {
        let (x, y) = self.overlap(other);
        x.max(0.0) * y.max(0.0)
    }

    /// How far it reaches out of `frame`, on all sides together.
    pub fn outside(&self, frame: &Rect) -> f64 {
        (frame.left - self.left).max(0.0)
            + (self.right - frame.right).max(0.0)
            + (frame.top - self.top).max(0.0)
            + (self.bottom - frame.bottom).max(0.0)
    }
}

/// How far an actor's room reaches left and right of its centre, and up
/// and down.
pub fn reach(size: Size, label_left: bool) -> (f64, f64, f64) {
    let label = size.radius + GAP + size.label;
    let (left, right) = if label_left {
        (label, size.radius)
    } else {
        (size.radius, label)
    };
    (left, right, size.radius.max(HALF_LINE))
}

/// The room of an actor at `point`.
pub fn room(point: Point, size: Size, label_left: bool) -> Rect {
    let (left, right, half) = reach(size, label_left);
    Rect {
        left: point.x - left,
        right: point.x + right,
        top: point.y - half,
        bottom: point.y + half,
    }
}

/// `point`, moved the least for its room to lie in `frame` (centred on an
/// axis where the room is wider than the frame).
pub fn within(point: Point, size: Size, label_left: bool, frame: &Rect) -> Point {
    let (left, right, half) = reach(size, label_left);
    let clamp = |value: f64, low: f64, high: f64| {
        if low > high {
            (low + high) / 2.0
        } else {
            value.clamp(low, high)
        }
    };
    Point {
        x: clamp(point.x, frame.left + left, frame.right - right),
        y: clamp(point.y, frame.top + half, frame.bottom - half),
    }
}

/// Turns labels and pushes actors apart, round after round, until no two
/// rooms overlap (or the rounds run out); which labels run to the left.
/// `neighbours` lists, for each actor, the actors it is linked to: a label
/// is turned away from its own lines where it can.
pub fn separate(
    points: &mut [Point],
    sizes: &[Size],
    neighbours: &[Vec<usize>],
    frame: &Rect,
) -> Vec<bool> {
    let mut left = vec![false; points.len()];
    for _ in 0..ROUNDS {
        turn_labels(points, sizes, neighbours, &mut left, frame);
        if !push_apart(points, sizes, &left, frame) {
            break;
        }
    }
    left
}

/// Turns each label to the side (right unless left is better) where its
/// room shares least with the others', crosses fewest of its own lines
/// and stays in the frame.
fn turn_labels(
    points: &[Point],
    sizes: &[Size],
    neighbours: &[Vec<usize>],
    left: &mut [bool],
    frame: &Rect,
) {
    for i in 0..points.len() {
        let cost = |label_left: bool| {
            let mine = room(points[i], sizes[i], label_left);
            let shared: f64 = (0..points.len())
                .filter(|&j| j != i)
                .map(|j| mine.area_shared(&room(points[j], sizes[j], left[j])))
                .sum();
            let label = label_box(points[i], sizes[i], label_left);
            let crossed = neighbours[i]
                .iter()
                .filter(|&&j| crosses(points[i], points[j], &label))
                .count();
            shared + crossed as f64 * CROSSING + mine.outside(frame) * 1000.0
        };
        let (right, leftward) = (cost(false), cost(true));
        if leftward < right - 1e-9 {
            left[i] = true;
        } else if right < leftward - 1e-9 {
            left[i] = false;
        }
    }
}

/// The label's own box, beside the circle.
fn label_box(point: Point, size: Size, label_left: bool) -> Rect {
    let mut label = room(point, size, label_left);
    if label_left {
        label.right = point.x - size.radius;
    } else {
        label.left = point.x + size.radius;
    }
    label.top = point.y - HALF_LINE;
    label.bottom = point.y + HALF_LINE;
    label
}

/// Whether the segment from `a` to `b` passes through `rect` (clipped
/// against it, Liang–Barsky).
fn crosses(a: Point, b: Point, rect: &Rect) -> bool {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let (mut low, mut high) = (0.0_f64, 1.0_f64);
    for (p, q) in [
        (-dx, a.x - rect.left),
        (dx, rect.right - a.x),
        (-dy, a.y - rect.top),
        (dy, rect.bottom - a.y),
    ] {
        if p.abs() < 1e-12 {
            if q < 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                low = low.max(t);
            } else {
                high = high.min(t);
            }
        }
    }
    low < high
}

/// Pushes apart, each by half the overlap, every two actors whose rooms
/// overlap, along the axis where they overlap less (and along the other
/// too when the frame's edge stops them), keeping both in the frame.
/// Whether any had to move.
fn push_apart(points: &mut [Point], sizes: &[Size], left: &[bool], frame: &Rect) -> bool {
    let mut moved = false;
    for i in 0..points.len() {
        for j in i + 1..points.len() {
            let overlap = |points: &[Point]| {
                let a = room(points[i], sizes[i], left[i]);
                let b = room(points[j], sizes[j], left[j]);
                let (x, y) = a.overlap(&b);
                (x > 1e-6 && y > 1e-6).then_some((a, b, x, y))
            };
            let Some((_, _, x, y)) = overlap(points) else {
                continue;
            };
            moved = true;
            for vertical in [y <= x, y > x] {
                let Some((a, b, x, y)) = overlap(points) else {
                    break;
                };
                let (first, second, half) = if vertical {
                    (a.top + a.bottom, b.top + b.bottom, y / 2.0)
                } else {
                    (a.left + a.right, b.left + b.right, x / 2.0)
                };
                let shift = if (first, i) < (second, j) {
                    -half
                } else {
                    half
                };
                if vertical {
                    points[i].y += shift;
                    points[j].y -= shift;
                } else {
                    points[i].x += shift;
                    points[j].x -= shift;
                }
                points[i] = within(points[i], sizes[i], left[i], frame);
                points[j] = within(points[j], sizes[j], left[j], frame);
            }
        }
    }
    moved
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_crosses_a_box_only_when_it_passes_through_it() {
        let label = Rect {
            left: 10.0,
            top: -5.0,
            right: 60.0,
            bottom: 5.0,
        };
        let at = |x: f64, y: f64| Point { x, y };
        assert!(crosses(at(0.0, 0.0), at(100.0, 0.0), &label));
        assert!(
            crosses(at(0.0, 0.0), at(30.0, 2.0), &label),
            "ending inside"
        );
        assert!(
            !crosses(at(0.0, 0.0), at(-100.0, 0.0), &label),
            "the other way"
        );
        assert!(
            !crosses(at(0.0, 0.0), at(0.0, 100.0), &label),
            "straight down"
        );
        assert!(!crosses(at(0.0, 0.0), at(100.0, 100.0), &label), "steeply");
    }

    /// Two actors side by side: the left one's label turns left, off the
    /// line between them.
    #[test]
    fn a_label_turns_away_from_its_own_line() {
        let size = Size {
            radius: 6.0,
            label: 60.0,
        };
        let frame = Rect {
            left: 0.0,
            top: 0.0,
            right: 800.0,
            bottom: 600.0,
        };
        let mut points = [Point { x: 300.0, y: 300.0 }, Point { x: 500.0, y: 300.0 }];
        let left = separate(&mut points, &[size, size], &[vec![1], vec![0]], &frame);
        assert_eq!(left, [true, false]);
    }
}
