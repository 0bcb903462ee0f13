//! Where each actor of the network is drawn: a force-directed layout
//! (Fruchterman–Reingold) computed on the server, then made legible. It is
//! deterministic — each connected part starts from a circle with its actors
//! grouped by kind and runs a fixed number of steps — so the same network
//! is always drawn the same way. Each part is given a cell of the frame
//! ([`super::pack`]), fitted to it and evened out by a second, gentler run
//! inside it; then labels are turned and actors pushed apart until no
//! label covers another actor ([`super::rooms`]), and the whole is fitted
//! to the frame once more.

use super::pack::{Shape, cells, components};
use super::rooms::{Rect, reach, separate};

/// The drawing's size in SVG units, and the margin kept free round it.
pub const WIDTH: f64 = 960.0;
pub const HEIGHT: f64 = 760.0;
const MARGIN: f64 = 10.0;
/// The space between a circle and its label.
pub const GAP: f64 = 2.0;
/// The layout's steps: enough for a hundred actors to settle.
const STEPS: usize = 400;
/// How strongly every actor is drawn to the centre (keeps parts together).
const GRAVITY: f64 = 0.02;
/// The ideal distance between linked actors, before the drawing is fitted
/// to the frame.
const IDEAL: f64 = 40.0;
/// The second run: its ideal distance, as a share of the room each actor
/// has in its cell; its steps; its pull to the cell's centre (stronger
/// than the first run's, to keep actors off the cell's edges).
const SPREAD: f64 = 0.35;
const SPREAD_STEPS: usize = 100;
const SPREAD_GRAVITY: f64 = 0.08;
/// The second run's springs pull more weakly, so that the actors even out
/// over the cell while keeping the neighbourhoods of the first run.
const SPREAD_PULL: f64 = 0.15;
/// How much more one axis may be stretched than the other in fitting.
const STRETCH: f64 = 2.0;

/// A point of the drawing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Two linked actors (indices) and how strongly the link draws them together.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spring {
    pub a: usize,
    pub b: usize,
    pub strength: f64,
}

/// What an actor takes up: its circle's radius and its label's width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    pub radius: f64,
    pub label: f64,
}

/// Where an actor is drawn, and on which side of its circle its label runs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    pub x: f64,
    pub y: f64,
    pub label_left: bool,
}

/// The frame less its margins.
fn frame() -> Rect {
    Rect {
        left: MARGIN,
        top: MARGIN,
        right: WIDTH - MARGIN,
        bottom: HEIGHT - MARGIN,
    }
}

/// The places of the actors of `sizes` (in the order given: grouped by
/// kind) joined by `springs` (each pair once), within the frame.
pub fn layout(sizes: &[Size], springs: &[Spring]) -> Vec<Place> {
    let frame = frame();
    let parts = components(sizes.len(), springs);
    let laid: Vec<Part> = parts.iter().map(|p| Part::new(p, sizes, springs)).collect();
    let shapes: Vec<Shape> = laid
        .iter()
        .map(|p| Shape::of(&p.points, &p.sizes))
        .collect();
    let mut points = vec![Point { x: 0.0, y: 0.0 }; sizes.len()];
    for ((part, mut laid), cell) in parts.iter().zip(laid).zip(cells(&shapes, &frame)) {
        fit(
            &mut laid.points,
            &laid.sizes,
            &vec![false; part.len()],
            &cell,
        );
        spread(&mut laid.points, &laid.sizes, &laid.springs, &cell);
        for (&i, point) in part.iter().zip(laid.points) {
            points[i] = point;
        }
    }
    let mut neighbours = vec![Vec::new(); sizes.len()];
    for spring in springs {
        neighbours[spring.a].push(spring.b);
        neighbours[spring.b].push(spring.a);
    }
    let left = separate(&mut points, sizes, &neighbours, &frame);
    fit(&mut points, sizes, &left, &frame);
    points
        .into_iter()
        .zip(left)
        .map(|(point, label_left)| Place {
            x: point.x,
            y: point.y,
            label_left,
        })
        .collect()
}

/// One connected part, numbered from 0, laid out about the origin.
struct Part {
    sizes: Vec<Size>,
    springs: Vec<Spring>,
    points: Vec<Point>,
}

impl Part {
    fn new(members: &[usize], sizes: &[Size], springs: &[Spring]) -> Part {
        let local = |i: usize| members.iter().position(|&m| m == i);
        let springs: Vec<Spring> = springs
            .iter()
            .filter_map(|s| {
                Some(Spring {
                    a: local(s.a)?,
                    b: local(s.b)?,
                    strength: s.strength,
                })
            })
            .collect();
        Part {
            sizes: members.iter().map(|&i| sizes[i]).collect(),
            points: settle(members.len(), &springs),
            springs,
        }
    }
}

/// The force-directed layout about the origin.
fn settle(count: usize, springs: &[Spring]) -> Vec<Point> {
    let mut points = circle(count);
    if count < 2 {
        return points;
    }
    let start = IDEAL * (count as f64).sqrt();
    let field = Field {
        ideal: IDEAL,
        centre: Point { x: 0.0, y: 0.0 },
        gravity: GRAVITY,
        pull: 1.0,
    };
    for round in 0..STEPS {
        let temperature = start * (1.0 - round as f64 / STEPS as f64) + 0.1;
        step(&mut points, springs, field, temperature);
    }
    points
}

/// The starting positions: evenly round a circle about the origin, from
/// its top, in the order given (so two actors start one above the other,
/// their labels clear of the line between them; one alone sits at the
/// origin).
fn circle(count: usize) -> Vec<Point> {
    if count == 1 {
        return vec![Point { x: 0.0, y: 0.0 }];
    }
    let radius = IDEAL * (count as f64).sqrt();
    (0..count)
        .map(|i| {
            let angle =
                std::f64::consts::TAU * i as f64 / count as f64 - std::f64::consts::FRAC_PI_2;
            Point {
                x: radius * angle.cos(),
                y: radius * angle.sin(),
            }
        })
        .collect()
}

/// The force on each actor: every pair repels, springs attract, and all are
/// drawn to the origin.
fn forces(points: &[Point], springs: &[Spring], field: Field) -> Vec<Point> {
    let ideal = field.ideal;
    let mut forces = vec![Point { x: 0.0, y: 0.0 }; points.len()];
    for i in 0..points.len() {
        for j in i + 1..points.len() {
            let (dx, dy, distance) = between(points[i], points[j]);
            let push = ideal * ideal / distance;
            add(
                &mut forces,
                i,
                j,
                dx / distance * push,
                dy / distance * push,
            );
        }
    }
    for spring in springs {
        let (i, j) = (spring.a, spring.b);
        let (dx, dy, distance) = between(points[i], points[j]);
        let pull = field.pull * spring.strength * distance * distance / ideal;
        add(
            &mut forces,
            i,
            j,
            -dx / distance * pull,
            -dy / distance * pull,
        );
    }
    for (force, point) in forces.iter_mut().zip(points) {
        force.x -= (point.x - field.centre.x) * field.gravity;
        force.y -= (point.y - field.centre.y) * field.gravity;
    }
    forces
}

/// The constants of a force-directed run: the ideal distance between
/// linked actors, and the centre all are drawn to, and how strongly.
#[derive(Clone, Copy, Debug)]
struct Field {
    ideal: f64,
    centre: Point,
    gravity: f64,
    /// How strongly springs pull, against their own strength.
    pull: f64,
}

/// Moves each point along its force, at most `temperature` far.
fn step(points: &mut [Point], springs: &[Spring], field: Field, temperature: f64) {
    let forces = forces(points, springs, field);
    for (point, force) in points.iter_mut().zip(forces) {
        let length = force.x.hypot(force.y).max(f64::EPSILON);
        let moved = length.min(temperature);
        point.x += force.x / length * moved;
        point.y += force.y / length * moved;
    }
}

/// Evens out a fitted part: a second, gentler force-directed run inside its
/// cell, its ideal distance set by the room each actor has there, so that
/// a crowd of closely linked actors spreads into the cell's emptier parts;
/// every actor stays in the cell.
fn spread(points: &mut [Point], sizes: &[Size], springs: &[Spring], cell: &Rect) {
    if points.len() < 3 {
        return;
    }
    let room = cell.width() * cell.height() / points.len() as f64;
    let field = Field {
        ideal: room.sqrt() * SPREAD,
        centre: cell.centre(),
        gravity: SPREAD_GRAVITY,
        pull: SPREAD_PULL,
    };
    for round in 0..SPREAD_STEPS {
        let temperature = field.ideal * 0.5 * (1.0 - round as f64 / SPREAD_STEPS as f64);
        step(points, springs, field, temperature);
    }
    fit(points, sizes, &vec![false; points.len()], cell);
}

/// Scales and moves the points so that their rooms fill `cell`, each axis
/// stretched at most `STRETCH` times the other.
fn fit(points: &mut [Point], sizes: &[Size], left: &[bool], cell: &Rect) {
    let reaches: Vec<(f64, f64, f64)> = sizes
        .iter()
        .zip(left)
        .map(|(size, &left)| reach(*size, left))
        .collect();
    let xs: Vec<(f64, f64, f64)> = points
        .iter()
        .zip(&reaches)
        .map(|(p, r)| (p.x, r.0, r.1))
        .collect();
    let ys: Vec<(f64, f64, f64)> = points
        .iter()
        .zip(&reaches)
        .map(|(p, r)| (p.y, r.2, r.2))
        .collect();
    let (across, down) = ((cell.left, cell.right), (cell.top, cell.bottom));
    let (mut scale_x, mut scale_y) = (scale(&xs, across), scale(&ys, down));
    if scale_x > 0.0 && scale_y > 0.0 {
        (scale_x, scale_y) = (
            scale_x.min(scale_y * STRETCH),
            scale_y.min(scale_x * STRETCH),
        );
    }
    let (shift_x, shift_y) = (shift(&xs, scale_x, across), shift(&ys, scale_y, down));
    for point in points.iter_mut() {
        point.x = point.x * scale_x + shift_x;
        point.y = point.y * scale_y + shift_y;
    }
}

/// The largest scale at which values (each with the room it needs before
/// and after it) fit between `low` and `high`: zero when they all coincide
/// or cannot fit.
fn scale(values: &[(f64, f64, f64)], (low, high): (f64, f64)) -> f64 {
    let room = high - low;
    let mut best = f64::INFINITY;
    for &(first, before, _) in values {
        for &(last, _, after) in values {
            if last - first > 1e-9 {
                best = best.min((room - before - after) / (last - first));
            }
        }
    }
    if best.is_finite() { best.max(0.0) } else { 0.0 }
}

/// The shift that centres the scaled values (with their room) between
/// `low` and `high`.
fn shift(values: &[(f64, f64, f64)], scale: f64, (low, high): (f64, f64)) -> f64 {
    let least = values
        .iter()
        .map(|&(value, before, _)| low + before - value * scale)
        .fold(f64::MIN, f64::max);
    let most = values
        .iter()
        .map(|&(value, _, after)| high - after - value * scale)
        .fold(f64::MAX, f64::min);
    if values.is_empty() {
        0.0
    } else {
        (least + most) / 2.0
    }
}

/// From `b` to `a`, and the distance (never zero: two actors on one spot
/// still push apart, along a fixed direction).
fn between(a: Point, b: Point) -> (f64, f64, f64) {
    let (dx, dy) = (a.x - b.x, a.y - b.y);
    let distance = dx.hypot(dy);
    if distance < 0.01 {
        (0.01, 0.0, 0.01)
    } else {
        (dx, dy, distance)
    }
}

/// Adds (x, y) to `i` and its opposite to `j`.
fn add(forces: &mut [Point], i: usize, j: usize, x: f64, y: f64) {
    forces[i].x += x;
    forces[i].y += y;
    forces[j].x -= x;
    forces[j].y -= y;
}

#[cfg(test)]
mod tests {
    use super::super::rooms::{PAD, room};
    use super::*;

    fn springs(pairs: &[(usize, usize)]) -> Vec<Spring> {
        pairs
            .iter()
            .map(|&(a, b)| Spring {
                a,
                b,
                strength: 1.0,
            })
            .collect()
    }

    /// `count` actors with labels of `label` units.
    fn sizes(count: usize, label: f64) -> Vec<Size> {
        vec![Size { radius: 8.0, label }; count]
    }

    fn rooms(sizes: &[Size], places: &[Place]) -> Vec<Rect> {
        sizes
            .iter()
            .zip(places)
            .map(|(size, p)| room(Point { x: p.x, y: p.y }, *size, p.label_left))
            .collect()
    }

    /// The smallest rectangle holding all of `rooms`.
    fn bounds(rooms: &[Rect]) -> Rect {
        Rect {
            left: rooms.iter().map(|r| r.left).fold(f64::MAX, f64::min),
            top: rooms.iter().map(|r| r.top).fold(f64::MAX, f64::min),
            right: rooms.iter().map(|r| r.right).fold(f64::MIN, f64::max),
            bottom: rooms.iter().map(|r| r.bottom).fold(f64::MIN, f64::max),
        }
    }

    fn assert_apart(rooms: &[Rect]) {
        for (i, a) in rooms.iter().enumerate() {
            for b in &rooms[i + 1..] {
                let (x, y) = a.overlap(b);
                assert!(x <= PAD + 1e-6 || y <= PAD + 1e-6, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn the_same_network_is_drawn_the_same_way_inside_the_frame() {
        let springs = springs(&[(0, 1), (1, 2), (2, 0), (3, 4)]);
        let sizes = sizes(6, 120.0);
        let first = layout(&sizes, &springs);
        assert_eq!(first, layout(&sizes, &springs));
        for room in rooms(&sizes, &first) {
            assert!(room.outside(&frame()) < 1e-6, "{room:?}");
        }
    }

    #[test]
    fn linked_actors_end_nearer_than_unlinked_ones() {
        let places = layout(&sizes(4, 10.0), &springs(&[(0, 1), (1, 2), (2, 3)]));
        let distance = |a: Place, b: Place| (a.x - b.x).hypot(a.y - b.y);
        assert!(distance(places[0], places[1]) < distance(places[0], places[3]));
        assert!(distance(places[2], places[3]) < distance(places[0], places[3]));
    }

    /// Forty actors all linked to one another would crowd into a ball: their
    /// circles and labels are pushed apart until none covers another.
    #[test]
    fn labels_cover_neither_circles_nor_each_other_in_a_crowd() {
        let pairs: Vec<(usize, usize)> = (0..40)
            .flat_map(|a| (a + 1..40).map(move |b| (a, b)))
            .collect();
        let sizes = sizes(40, 130.0);
        assert_apart(&rooms(&sizes, &layout(&sizes, &springs(&pairs))));
    }

    /// A ring, and separately a dozen pairs (as membership alone draws):
    /// either way the drawing spreads over the frame, and the pairs do not
    /// overlap.
    #[test]
    fn the_drawing_fills_the_frame() {
        let ring: Vec<(usize, usize)> = (0..12).map(|a| (a, (a + 1) % 12)).collect();
        let pairs: Vec<(usize, usize)> = (0..12).map(|a| (2 * a, 2 * a + 1)).collect();
        for (count, links) in [(12, ring), (24, pairs)] {
            let sizes = sizes(count, 60.0);
            let rooms = rooms(&sizes, &layout(&sizes, &springs(&links)));
            assert_apart(&rooms);
            let drawn = bounds(&rooms);
            assert!(drawn.width() > frame().width() * 0.9, "{drawn:?}");
            assert!(drawn.height() > frame().height() * 0.9, "{drawn:?}");
        }
    }

    #[test]
    fn one_actor_sits_in_the_centre_and_none_need_no_room() {
        let size = Size {
            radius: 6.0,
            label: 50.0,
        };
        let place = layout(&[size], &[])[0];
        let room = room(
            Point {
                x: place.x,
                y: place.y,
            },
            size,
            place.label_left,
        );
        assert!((room.left + room.right - WIDTH).abs() < 1e-9);
        assert!((place.y - HEIGHT / 2.0).abs() < 1e-9);
        assert!(layout(&[], &[]).is_empty());
    }
}
