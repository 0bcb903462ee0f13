//! Where each actor of the network is drawn: a force-directed layout
//! (Fruchterman–Reingold) computed on the server, deterministic — it starts
//! from a circle with the actors grouped by kind, runs a fixed number of
//! steps and is then fitted to the frame, so the same network is always
//! drawn the same way.

/// The drawing's size in SVG units, and the margins kept free: room for
/// the labels, which run to the right of their circles.
pub const WIDTH: f64 = 960.0;
pub const HEIGHT: f64 = 760.0;
const MARGIN: f64 = 30.0;
const LABEL_ROOM: f64 = 150.0;
/// The layout's steps: enough for a hundred actors to settle.
const STEPS: usize = 400;
/// How strongly every actor is drawn to the centre (keeps parts together).
const GRAVITY: f64 = 0.02;
/// The ideal distance between linked actors, before the drawing is fitted
/// to the frame.
const IDEAL: f64 = 40.0;
/// Labels run to the right of their circles: the room one label takes (its
/// longest, with its circle) and a line's height.
const LABEL_WIDTH: f64 = 140.0;
const LINE: f64 = 15.0;
const ROOM_STEPS: usize = 80;

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

/// The positions of `count` actors (in the order given: grouped by kind)
/// joined by `springs` (each pair once), fitted to the frame.
pub fn layout(count: usize, springs: &[Spring]) -> Vec<Point> {
    let mut points = circle(count);
    if count < 2 {
        return points;
    }
    let start = IDEAL * (count as f64).sqrt();
    for step in 0..STEPS {
        let temperature = start * (1.0 - step as f64 / STEPS as f64) + 0.1;
        let forces = forces(&points, springs);
        for (point, force) in points.iter_mut().zip(forces) {
            let length = force.x.hypot(force.y).max(f64::EPSILON);
            let moved = length.min(temperature);
            point.x += force.x / length * moved;
            point.y += force.y / length * moved;
        }
    }
    fit(&mut points);
    for _ in 0..ROOM_STEPS {
        make_room(&mut points);
    }
    points
}

/// Moves apart, up and down by half the shortfall each, every two actors
/// whose labels would overlap, keeping both in the frame.
fn make_room(points: &mut [Point]) {
    for i in 0..points.len() {
        for j in i + 1..points.len() {
            let (dx, dy) = (points[i].x - points[j].x, points[i].y - points[j].y);
            if dx.abs() >= LABEL_WIDTH || dy.abs() >= LINE {
                continue;
            }
            let shift = (LINE - dy.abs()) / 2.0;
            let up = if dy < 0.0 || (dy == 0.0 && i < j) {
                -shift
            } else {
                shift
            };
            points[i].y = (points[i].y + up).clamp(MARGIN, HEIGHT - MARGIN);
            points[j].y = (points[j].y - up).clamp(MARGIN, HEIGHT - MARGIN);
        }
    }
}

/// The starting positions: evenly round a circle about the origin, in the
/// order given (one actor alone sits at the origin).
fn circle(count: usize) -> Vec<Point> {
    if count == 1 {
        return vec![centre()];
    }
    let radius = IDEAL * (count as f64).sqrt();
    (0..count)
        .map(|i| {
            let angle = std::f64::consts::TAU * i as f64 / count as f64;
            Point {
                x: radius * angle.cos(),
                y: radius * angle.sin(),
            }
        })
        .collect()
}

fn centre() -> Point {
    Point {
        x: (MARGIN + WIDTH - LABEL_ROOM) / 2.0,
        y: HEIGHT / 2.0,
    }
}

/// The force on each actor: every pair repels, springs attract, and all are
/// drawn to the origin.
fn forces(points: &[Point], springs: &[Spring]) -> Vec<Point> {
    let mut forces = vec![Point { x: 0.0, y: 0.0 }; points.len()];
    for i in 0..points.len() {
        for j in i + 1..points.len() {
            let (dx, dy, distance) = between(points[i], points[j]);
            let push = IDEAL * IDEAL / distance;
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
        let pull = spring.strength * distance * distance / IDEAL;
        add(
            &mut forces,
            i,
            j,
            -dx / distance * pull,
            -dy / distance * pull,
        );
    }
    for (force, point) in forces.iter_mut().zip(points) {
        force.x -= point.x * GRAVITY;
        force.y -= point.y * GRAVITY;
    }
    forces
}

/// Scales and moves the points to fill the frame, within its margins.
fn fit(points: &mut [Point]) {
    let (mut low_x, mut high_x, mut low_y, mut high_y) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for point in points.iter() {
        low_x = low_x.min(point.x);
        high_x = high_x.max(point.x);
        low_y = low_y.min(point.y);
        high_y = high_y.max(point.y);
    }
    let width = WIDTH - MARGIN - LABEL_ROOM - MARGIN;
    let height = HEIGHT - 2.0 * MARGIN;
    let scale = |low: f64, high: f64, room: f64| {
        if high - low > 1e-9 {
            room / (high - low)
        } else {
            0.0
        }
    };
    let (scale_x, scale_y) = (scale(low_x, high_x, width), scale(low_y, high_y, height));
    for point in points.iter_mut() {
        point.x = if scale_x > 0.0 {
            MARGIN + (point.x - low_x) * scale_x
        } else {
            centre().x
        };
        point.y = if scale_y > 0.0 {
            MARGIN + (point.y - low_y) * scale_y
        } else {
            centre().y
        };
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

    #[test]
    fn the_same_network_is_drawn_the_same_way_inside_the_frame() {
        let springs = springs(&[(0, 1), (1, 2), (2, 0), (3, 4)]);
        let first = layout(6, &springs);
        assert_eq!(first, layout(6, &springs));
        for point in &first {
            assert!((MARGIN - 1e-9..=WIDTH - LABEL_ROOM - MARGIN + 1e-9).contains(&point.x));
            assert!((MARGIN - 1e-9..=HEIGHT - MARGIN + 1e-9).contains(&point.y));
        }
    }

    #[test]
    fn linked_actors_end_nearer_than_unlinked_ones() {
        let points = layout(4, &springs(&[(0, 1), (2, 3)]));
        let distance = |a: Point, b: Point| (a.x - b.x).hypot(a.y - b.y);
        assert!(distance(points[0], points[1]) < distance(points[0], points[2]));
        assert!(distance(points[2], points[3]) < distance(points[1], points[3]));
    }

    #[test]
    fn one_actor_sits_in_the_centre_and_none_need_no_room() {
        assert_eq!(layout(1, &[]), vec![centre()]);
        assert!(layout(0, &[]).is_empty());
    }
}
