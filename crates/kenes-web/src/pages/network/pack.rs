//! A network in several unconnected parts (as when only membership is
//! shown) is drawn part by part: each part gets a cell of the frame, sized
//! to its own spread, the cells packed in rows — largest parts first — and
//! then stretched to fill the frame, so that small parts neither drift to
//! the corners nor leave most of the frame empty.

use super::layout::{Point, Size, Spring};
use super::rooms::{Rect, reach};

/// The space kept between two cells.
const CELL_GAP: f64 = 16.0;
/// A part's longer side before scaling, for each square root of its
/// number of actors.
const UNIT: f64 = 40.0;
/// How much larger than its packed size a cell may grow to fill the frame.
const MOST_STRETCH: f64 = 1.5;

/// The connected parts of `count` actors joined by `springs`: each part's
/// actors in order, the parts largest first (then by their first actor).
pub fn components(count: usize, springs: &[Spring]) -> Vec<Vec<usize>> {
    let mut root: Vec<usize> = (0..count).collect();
    fn find(root: &mut [usize], mut i: usize) -> usize {
        while root[i] != i {
            root[i] = root[root[i]];
            i = root[i];
        }
        i
    }
    for spring in springs {
        let (a, b) = (find(&mut root, spring.a), find(&mut root, spring.b));
        root[a.max(b)] = a.min(b);
    }
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut part_of: Vec<Option<usize>> = vec![None; count];
    for i in 0..count {
        let r = find(&mut root, i);
        match part_of[r] {
            Some(part) => parts[part].push(i),
            None => {
                part_of[r] = Some(parts.len());
                parts.push(vec![i]);
            }
        }
    }
    parts.sort_by_key(|part| (std::cmp::Reverse(part.len()), part[0]));
    parts
}

/// What a part needs of the frame: how far its actors' centres spread
/// (grows with the scale it is drawn at) and the room of its widest and
/// tallest actor (does not).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shape {
    spread_x: f64,
    spread_y: f64,
    room_x: f64,
    room_y: f64,
}

impl Shape {
    /// The shape of actors at `points` (one part, as first laid out).
    pub fn of(points: &[Point], sizes: &[Size]) -> Shape {
        let span = |values: &mut dyn Iterator<Item = f64>| {
            let (low, high) = values.fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(v), h.max(v)));
            (high - low).max(0.0)
        };
        let reaches: Vec<(f64, f64, f64)> = sizes.iter().map(|s| reach(*s, false)).collect();
        let widest =
            |pick: fn(&(f64, f64, f64)) -> f64| reaches.iter().map(pick).fold(0.0, f64::max);
        let (x, y) = (
            span(&mut points.iter().map(|p| p.x)),
            span(&mut points.iter().map(|p| p.y)),
        );
        // a part's spread as laid out depends on how its links pull (opposed
        // actors fly apart): keep its proportions, but make its longer side
        // grow with the square root of its number of actors alone, so that
        // the cells share the frame by the actors they hold
        let longer = x.max(y);
        let unit = if longer > 1e-9 {
            (points.len() as f64).sqrt() * UNIT / longer
        } else {
            0.0
        };
        Shape {
            spread_x: x * unit,
            spread_y: y * unit,
            room_x: widest(|r| r.0) + widest(|r| r.1),
            room_y: 2.0 * widest(|r| r.2),
        }
    }

    fn size(&self, scale: f64) -> (f64, f64) {
        (
            self.spread_x * scale + self.room_x,
            self.spread_y * scale + self.room_y,
        )
    }
}

/// A cell of `frame` for each part of `shapes` (in order), packed in rows
/// at the largest scale that fits, then stretched to fill the frame.
pub fn cells(shapes: &[Shape], frame: &Rect) -> Vec<Rect> {
    if shapes.len() < 2 {
        return vec![*frame; shapes.len()];
    }
    let fits = |scale: f64| {
        let rows = rows(shapes, scale, frame.width());
        let height: f64 =
            rows.iter().map(|row| row.height).sum::<f64>() + CELL_GAP * (rows.len() - 1) as f64;
        height <= frame.height() && rows.iter().all(|row| row.width <= frame.width())
    };
    if !fits(0.0) {
        return grid(shapes.len(), frame);
    }
    let mut high = 1.0;
    while fits(high) && high < 1e6 {
        high *= 2.0;
    }
    let mut low = 0.0;
    for _ in 0..40 {
        let middle = (low + high) / 2.0;
        if fits(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    stretch(shapes, &rows(shapes, low, frame.width()), low, frame)
}

/// One row of cells: its parts, and its width and height at a scale.
struct Row {
    parts: Vec<usize>,
    width: f64,
    height: f64,
}

/// The parts in rows, each as full as `width` allows, at `scale`.
fn rows(shapes: &[Shape], scale: f64, width: f64) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for (part, shape) in shapes.iter().enumerate() {
        let (w, h) = shape.size(scale);
        match rows.last_mut() {
            Some(row) if row.width + CELL_GAP + w <= width => {
                row.parts.push(part);
                row.width += CELL_GAP + w;
                row.height = row.height.max(h);
            }
            _ => rows.push(Row {
                parts: vec![part],
                width: w,
                height: h,
            }),
        }
    }
    rows
}

/// The cells of `rows`, each row and each cell in it widened in proportion
/// to fill the frame — but no cell more than `MOST_STRETCH` times its
/// part's size at `scale`, lest a small part be drawn larger than the rest.
fn stretch(shapes: &[Shape], rows: &[Row], scale: f64, frame: &Rect) -> Vec<Rect> {
    let mut cells = vec![*frame; shapes.len()];
    let gaps = CELL_GAP * (rows.len() - 1) as f64;
    let heights: f64 = rows.iter().map(|row| row.height).sum::<f64>().max(1e-9);
    let mut top = frame.top;
    for row in rows {
        let height = row.height / heights * (frame.height() - gaps);
        let widths: f64 = row.parts.iter().map(|&p| shapes[p].size(scale).0).sum();
        let room = frame.width() - CELL_GAP * (row.parts.len() - 1) as f64;
        let mut left = frame.left;
        for &part in &row.parts {
            let (natural_width, natural_height) = shapes[part].size(scale);
            let width = natural_width / widths.max(1e-9) * room;
            let stretched = Rect {
                left,
                top,
                right: left + width,
                bottom: top + height,
            };
            cells[part] = at_most(
                stretched,
                natural_width * MOST_STRETCH,
                natural_height * MOST_STRETCH,
            );
            left += width + CELL_GAP;
        }
        top += height + CELL_GAP;
    }
    cells
}

/// `cell`, narrowed to at most `width` and `height` about its centre.
fn at_most(cell: Rect, width: f64, height: f64) -> Rect {
    let centre = cell.centre();
    let (half_width, half_height) = (
        cell.width().min(width) / 2.0,
        cell.height().min(height) / 2.0,
    );
    Rect {
        left: centre.x - half_width,
        top: centre.y - half_height,
        right: centre.x + half_width,
        bottom: centre.y + half_height,
    }
}

/// Equal cells in a near-square grid: when the parts are too many to pack.
fn grid(count: usize, frame: &Rect) -> Vec<Rect> {
    let columns = (count as f64).sqrt().ceil() as usize;
    let rows = count.div_ceil(columns);
    let (width, height) = (frame.width() / columns as f64, frame.height() / rows as f64);
    (0..count)
        .map(|i| {
            let (column, row) = ((i % columns) as f64, (i / columns) as f64);
            Rect {
                left: frame.left + column * width,
                top: frame.top + row * height,
                right: frame.left + (column + 1.0) * width,
                bottom: frame.top + (row + 1.0) * height,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spring(a: usize, b: usize) -> Spring {
        Spring {
            a,
            b,
            strength: 1.0,
        }
    }

    #[test]
    fn parts_come_largest_first_each_in_order() {
        let parts = components(7, &[spring(5, 6), spring(1, 3), spring(3, 4), spring(4, 1)]);
        assert_eq!(parts, vec![vec![1, 3, 4], vec![5, 6], vec![0], vec![2]]);
    }

    #[test]
    fn cells_share_the_frame_without_overlapping() {
        let frame = Rect {
            left: 0.0,
            top: 0.0,
            right: 900.0,
            bottom: 700.0,
        };
        let points = |count: usize| -> Vec<Point> {
            (0..count)
                .map(|i| Point {
                    x: (i % 3) as f64 * 50.0,
                    y: (i / 3) as f64 * 50.0,
                })
                .collect()
        };
        let size = Size {
            radius: 6.0,
            label: 100.0,
        };
        let shapes: Vec<Shape> = [30, 6, 3, 2, 2]
            .into_iter()
            .map(|count| Shape::of(&points(count), &vec![size; count]))
            .collect();
        let cells = cells(&shapes, &frame);
        for (i, a) in cells.iter().enumerate() {
            assert!(a.outside(&frame) < 1e-6, "{a:?}");
            for b in &cells[i + 1..] {
                let (x, y) = a.overlap(b);
                assert!(x <= super::super::rooms::PAD || y <= super::super::rooms::PAD);
            }
        }
        let area = |cell: &Rect| cell.width() * cell.height();
        assert!(
            area(&cells[0]) > frame.width() * frame.height() * 0.3,
            "{cells:?}"
        );
        // the more actors, the larger the cell
        assert!(area(&cells[0]) > area(&cells[1]) && area(&cells[1]) > area(&cells[3]));
        // no cell much larger than its part needs: a pair, side by side, is
        // not stretched across the frame
        assert!(cells[3].width() < frame.width() / 2.0, "{cells:?}");
    }
}
