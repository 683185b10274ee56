//! Maps of the countries an affiliate or hub serves, drawn on the server as SVG from
//! Natural Earth shapes (tools/gen_map_data.py): no tile server and no JavaScript. The view
//! is cropped to the highlighted countries and their neighbours.

use std::fmt::Write;
use std::sync::LazyLock;

use crate::html::escape;

struct Shape {
    code: &'static str,
    bbox: [f32; 4],
    path: &'static str,
}

static WORLD: LazyLock<Vec<Shape>> = LazyLock::new(|| {
    include_str!("../data/world.txt")
        .lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\t');
            let code = parts.next()?;
            let b: Vec<f32> = parts
                .next()?
                .split(' ')
                .filter_map(|x| x.parse().ok())
                .collect();
            let path = parts.next()?;
            (b.len() == 4).then(|| Shape {
                code,
                bbox: [b[0], b[1], b[2], b[3]],
                path,
            })
        })
        .collect()
});

const WORLD_WIDTH: f32 = 1000.0;
const WORLD_HEIGHT: f32 = 487.0;

/// An SVG map with `highlight` (ISO codes) filled; `None` if none of them has a shape.
/// `title` names the map for screen readers.
pub fn render(highlight: &[&str], title: &str) -> Option<String> {
    let world = &*WORLD;
    let mut bbox: Option<[f32; 4]> = None;
    for s in world.iter().filter(|s| highlight.contains(&s.code)) {
        // A country across the antimeridian (Fiji, Kiribati) would stretch the view over
        // the whole world; such countries are drawn but do not set the view.
        if s.bbox[2] - s.bbox[0] > WORLD_WIDTH / 2.0 && highlight.len() > 1 {
            continue;
        }
        bbox = Some(match bbox {
            None => s.bbox,
            Some(b) => [
                b[0].min(s.bbox[0]),
                b[1].min(s.bbox[1]),
                b[2].max(s.bbox[2]),
                b[3].max(s.bbox[3]),
            ],
        });
    }
    let [x0, y0, x1, y1] = bbox?;
    // Pad, keep a minimum size (a small country alone), and a 2:1 aspect ratio.
    let mut w = (x1 - x0).max(40.0) * 1.3;
    let mut h = (y1 - y0).max(20.0) * 1.3;
    if w < 2.0 * h {
        w = 2.0 * h;
    } else {
        h = w / 2.0;
    }
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    let (vx, vy) = (
        (cx - w / 2.0).clamp(0.0, (WORLD_WIDTH - w).max(0.0)),
        (cy - h / 2.0).max(0.0),
    );
    let (w, h) = (w.min(WORLD_WIDTH), h.min(WORLD_HEIGHT));
    let mut svg = String::with_capacity(64 * 1024);
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{vx:.1} {vy:.1} {w:.1} {h:.1}\" role=\"img\">\
         <title>{}</title><rect x=\"{vx:.1}\" y=\"{vy:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"#eaf2f8\"/>\
         <g stroke=\"#fff\" stroke-width=\"{:.2}\" stroke-linejoin=\"round\">",
        escape(title),
        w / 800.0
    );
    let visible = |b: &[f32; 4]| b[2] >= vx && b[0] <= vx + w && b[3] >= vy && b[1] <= vy + h;
    for s in world.iter().filter(|s| visible(&s.bbox)) {
        let on = highlight.contains(&s.code);
        let _ = write!(
            svg,
            "<path d=\"{}\" fill=\"{}\"><title>{}</title></path>",
            s.path,
            if on { "#2a7ab0" } else { "#cfd8dc" },
            s.code
        );
    }
    svg.push_str("</g></svg>");
    Some(svg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_highlights_the_countries_served_and_crops_to_them() {
        let svg = render(&["TJ"], "Tajikistan").unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("<title>TJ</title>"));
        assert!(svg.contains("#2a7ab0"), "Tajikistan is filled");
        assert!(
            !svg.contains("<title>BR</title>"),
            "Brazil is far outside the view"
        );
        assert!(svg.contains("<title>UZ</title>"), "neighbours are drawn");
    }

    #[test]
    fn no_countries_no_map() {
        assert!(render(&[], "nothing").is_none());
        assert!(render(&["ZZ"], "nothing").is_none());
    }

    #[test]
    fn the_title_is_escaped() {
        let svg = render(&["PK"], "<script>").unwrap();
        assert!(svg.contains("<title>&#60;script&#62;</title>"));
    }
}
