//! `cargo xtask bench`: krait beside CPython and C, program by program.

use crate::{build_krait, option, root};
use plotters::prelude::*;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Output};
use std::time::{Duration, Instant};

/// Sizes for `--quick`, so that the whole run takes under a minute.
const QUICK_ARGS: &[(&str, &str)] = &[
    ("fib", "27"),
    ("mandelbrot", "150"),
    ("collatz", "30000"),
    ("float_format", "5000"),
    ("nbody", "20000"),
    ("spectral_norm", "100"),
    ("fannkuch", "8"),
    ("nqueens", "7"),
    ("sieve", "200000"),
    ("binary_trees", "12"),
    ("try_loop", "200000"),
    ("plain_loop", "200000"),
    ("gen_loop", "200000"),
];

/// The Python-in-wasm peers measured under Node when `bench/peers` is installed (`npm ci` there):
/// their name, their runner in `bench/peers`, and the files a page downloads to run them.
const PEERS: [(&str, &str, &[&str]); 2] = [
    (
        "Pyodide",
        "pyodide.mjs",
        &[
            "pyodide/pyodide.mjs",
            "pyodide/pyodide.asm.js",
            "pyodide/pyodide.asm.wasm",
            "pyodide/python_stdlib.zip",
            "pyodide/pyodide-lock.json",
        ],
    ),
    (
        "MicroPython",
        "micropython.mjs",
        &[
            "@micropython/micropython-webassembly-pyscript/micropython.mjs",
            "@micropython/micropython-webassembly-pyscript/micropython.wasm",
        ],
    ),
];

/// Seconds a peer's run may take before it counts as failed.
const PEER_TIME_LIMIT: u64 = 60;

/// How a peer did on one program.
#[derive(Clone, Copy)]
enum PeerRun {
    NotMeasured,
    /// It failed, printed something other than CPython's output, or ran out of time.
    Differs,
    Timed(Timing),
}

/// Minimum and median of repeated timings.
#[derive(Clone, Copy)]
struct Timing {
    min: Duration,
    median: Duration,
}

struct Row {
    name: String,
    problem: Option<String>,
    compile: Option<Duration>,
    wasm_bytes: Option<u64>,
    cpython: Option<Timing>,
    krait_run: Option<Timing>,
    k_wasmtime: Option<Timing>,
    k_node: Option<Timing>,
    c_wasmtime: Option<Timing>,
    c_node: Option<Timing>,
    peers: [PeerRun; PEERS.len()],
}

impl Row {
    fn peer(&self, k: usize) -> Option<Timing> {
        match self.peers[k] {
            PeerRun::Timed(t) => Some(t),
            _ => None,
        }
    }
}

fn time(runs: u64, mut command: impl FnMut() -> Command) -> Option<Timing> {
    let mut samples = Vec::new();
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let status = command()
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
        if !status.is_ok_and(|s| s.success()) {
            return None;
        }
        samples.push(start.elapsed());
    }
    samples.sort();
    Some(Timing {
        min: samples[0],
        median: samples[samples.len() / 2],
    })
}

fn output(command: &mut Command) -> Option<Output> {
    command.output().ok()
}

fn node_runner() -> PathBuf {
    root().join("tests/support/node_wasi.mjs")
}

fn peers_dir() -> PathBuf {
    root().join("bench/peers")
}

/// Whether the peers are installed (and Node is there to run them).
fn has_peers(node: bool) -> bool {
    node && peers_dir().join("node_modules").is_dir()
}

/// The bytes a page downloads to run a peer.
fn peer_download_bytes(files: &[&str]) -> u64 {
    files
        .iter()
        .filter_map(|f| {
            std::fs::metadata(peers_dir().join("node_modules").join(f))
                .ok()
                .map(|m| m.len())
        })
        .sum()
}

fn has(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

pub(crate) fn run(args: &[String]) -> ExitCode {
    let quick = args.iter().any(|a| a == "--quick");
    let runs = option(args, "--runs", if quick { 1 } else { 3 });
    let names: Vec<String> = args
        .iter()
        .enumerate()
        .filter(|(i, a)| !(a.starts_with("--") || *i > 0 && args[i - 1] == "--runs"))
        .map(|(_, a)| a.clone())
        .collect();
    let Some(krait) = build_krait() else {
        return ExitCode::FAILURE;
    };
    let bench = root().join("bench");
    let mut programs: Vec<String> = std::fs::read_dir(bench.join("programs"))
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".py"))
                        .map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    programs.sort();
    if !names.is_empty() {
        programs.retain(|p| names.contains(p));
    }
    let node = has("node");
    let clang = has("clang");
    // The peers take seconds per run; `--quick` leaves them out to stay under a minute.
    let peers = !quick && has_peers(node);
    let work = std::env::temp_dir().join(format!("krait-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&work);
    let mut rows = Vec::new();
    for name in &programs {
        let source = bench.join("programs").join(format!("{name}.py"));
        let program_args: Vec<String> = if quick {
            QUICK_ARGS
                .iter()
                .filter(|(p, _)| p == name)
                .map(|(_, a)| a.to_string())
                .collect()
        } else {
            Vec::new()
        };
        rows.push(measure(
            name,
            &source,
            &program_args,
            &krait,
            &work,
            runs,
            node,
            clang,
            peers,
        ));
        eprintln!("measured {name}");
    }
    let _ = std::fs::remove_dir_all(&work);
    let mut table = table(&rows, quick, runs, node, clang);
    if peers {
        table.push_str(&peer_table(&rows));
    }
    println!("{table}");
    let _ = std::fs::write(bench.join("results.md"), &table);
    if let Err(e) = chart(&rows, &bench.join("results.svg")) {
        eprintln!("cannot draw the chart: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[allow(clippy::too_many_arguments)]
fn measure(
    name: &str,
    source: &Path,
    args: &[String],
    krait: &Path,
    work: &Path,
    runs: u64,
    node: bool,
    clang: bool,
    peers: bool,
) -> Row {
    let mut row = Row {
        name: name.to_owned(),
        problem: None,
        compile: None,
        wasm_bytes: None,
        cpython: None,
        krait_run: None,
        k_wasmtime: None,
        k_node: None,
        c_wasmtime: None,
        c_node: None,
        peers: [PeerRun::NotMeasured; PEERS.len()],
    };
    let Some(want) = output(Command::new("python3").arg(source).args(args)) else {
        row.problem = Some("python3 is not installed".to_owned());
        return row;
    };
    let wasm = work.join(format!("{name}.wasm"));
    let start = Instant::now();
    let built = output(
        Command::new(krait)
            .arg("build")
            .arg(source)
            .arg("-o")
            .arg(&wasm),
    );
    let compile = start.elapsed();
    match built {
        Some(o) if o.status.success() => {}
        Some(o) => {
            let stderr = String::from_utf8_lossy(&o.stderr);
            let first = stderr.lines().next().unwrap_or("");
            let reason = first
                .split_once("]: ")
                .map_or(first, |(_, message)| message);
            row.problem = Some(format!("does not compile: {reason}"));
            return row;
        }
        None => {
            row.problem = Some("krait did not run".to_owned());
            return row;
        }
    }
    row.compile = Some(compile);
    row.wasm_bytes = std::fs::metadata(&wasm).ok().map(|m| m.len());
    let got = output(Command::new(krait).arg("run-wasm").arg(&wasm).args(args));
    if got.as_ref().map(|o| &o.stdout) != Some(&want.stdout) {
        row.problem = Some("output differs from CPython".to_owned());
        return row;
    }
    row.cpython = time(runs, || {
        let mut c = Command::new("python3");
        c.arg(source).args(args);
        c
    });
    row.krait_run = time(runs, || {
        let mut c = Command::new(krait);
        c.arg("run").arg(source).args(args);
        c
    });
    row.k_wasmtime = time(runs, || {
        let mut c = Command::new(krait);
        c.arg("run-wasm").arg(&wasm).args(args);
        c
    });
    if node
        && output(
            Command::new("node")
                .arg("--no-warnings")
                .arg(node_runner())
                .arg(&wasm)
                .args(args),
        )
        .map(|o| o.stdout)
            == Some(want.stdout.clone())
    {
        row.k_node = time(runs, || {
            let mut c = Command::new("node");
            c.arg("--no-warnings")
                .arg(node_runner())
                .arg(&wasm)
                .args(args);
            c
        });
    }
    if peers {
        for (k, (_, runner, _)) in PEERS.iter().enumerate() {
            // A peer may run out of memory or take minutes: each run gets a limit.
            let peer = || {
                let mut c = Command::new("timeout");
                c.arg(PEER_TIME_LIMIT.to_string())
                    .arg("node")
                    .arg("--no-warnings")
                    .arg(peers_dir().join(runner))
                    .arg(source)
                    .args(args);
                c
            };
            let same =
                output(&mut peer()).is_some_and(|o| o.status.success() && o.stdout == want.stdout);
            row.peers[k] = match time(runs, peer) {
                Some(timing) if same => PeerRun::Timed(timing),
                _ => PeerRun::Differs,
            };
        }
    }
    let c_source = root().join("bench/c").join(format!("{name}.c"));
    if clang && c_source.exists() {
        let c_wasm = work.join(format!("{name}.c.wasm"));
        let compiled = Command::new("clang")
            .args(["--target=wasm32-wasi", "-O2", "-o"])
            .arg(&c_wasm)
            .arg(&c_source)
            .arg("-lm")
            .output()
            .is_ok_and(|o| o.status.success());
        let same = compiled
            && output(Command::new(krait).arg("run-wasm").arg(&c_wasm).args(args))
                .map(|o| o.stdout)
                == Some(want.stdout);
        if same {
            row.c_wasmtime = time(runs, || {
                let mut c = Command::new(krait);
                c.arg("run-wasm").arg(&c_wasm).args(args);
                c
            });
            if node {
                row.c_node = time(runs, || {
                    let mut c = Command::new("node");
                    c.arg("--no-warnings")
                        .arg(node_runner())
                        .arg(&c_wasm)
                        .args(args);
                    c
                });
            }
        }
    }
    row
}

fn seconds(t: Option<Timing>) -> String {
    t.map_or("-".to_owned(), |t| {
        format!("{:.3} ({:.3})", t.min.as_secs_f64(), t.median.as_secs_f64())
    })
}

fn ratio(a: Option<Timing>, b: Option<Timing>) -> Option<f64> {
    Some(a?.min.as_secs_f64() / b?.min.as_secs_f64())
}

fn shown(r: Option<f64>, suffix: &str) -> String {
    r.map_or("-".to_owned(), |r| format!("{r:.2}{suffix}"))
}

fn table(rows: &[Row], quick: bool, runs: u64, node: bool, clang: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Wall seconds, minimum (median) of {runs} run{}{}; Node {}; C {}.\n",
        if runs == 1 { "" } else { "s" },
        if quick {
            ", quick sizes"
        } else {
            ", default sizes"
        },
        if node { "measured" } else { "not installed" },
        if clang {
            "compiled with clang -O2 --target=wasm32-wasi"
        } else {
            "skipped (no clang)"
        },
    );
    out.push_str("| program | compile ms | wasm bytes | CPython | krait run | k-wasmtime | k-node | c-wasmtime | c-node | CPython/k-wasmtime | k-wasmtime/c-wasmtime | k-node/c-node |\n");
    out.push_str("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    let mut speedups = Vec::new();
    let mut vs_c = Vec::new();
    for row in rows {
        if let Some(problem) = &row.problem {
            let _ = writeln!(out, "| {} | {problem} | | | | | | | | | | |", row.name);
            continue;
        }
        let speedup = ratio(row.cpython, row.k_wasmtime);
        let c = ratio(row.k_wasmtime, row.c_wasmtime);
        speedups.extend(speedup);
        vs_c.extend(c);
        let _ = writeln!(
            out,
            "| {} | {:.0} | {} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            row.name,
            row.compile.map_or(0.0, |d| d.as_secs_f64() * 1000.0),
            row.wasm_bytes.map_or("-".to_owned(), |b| b.to_string()),
            seconds(row.cpython),
            seconds(row.krait_run),
            seconds(row.k_wasmtime),
            seconds(row.k_node),
            seconds(row.c_wasmtime),
            seconds(row.c_node),
            shown(speedup, "x"),
            shown(c, "x"),
            shown(ratio(row.k_node, row.c_node), "x"),
        );
    }
    let geomean = |v: &[f64]| (v.iter().map(|x| x.ln()).sum::<f64>() / v.len() as f64).exp();
    if !speedups.is_empty() {
        let _ = writeln!(
            out,
            "\nGeometric mean CPython/k-wasmtime over {} programs: {:.2}x",
            speedups.len(),
            geomean(&speedups)
        );
    }
    if !vs_c.is_empty() {
        let _ = writeln!(
            out,
            "Geometric mean k-wasmtime/c-wasmtime over {} programs: {:.2}x",
            vs_c.len(),
            geomean(&vs_c)
        );
    }
    out
}

/// krait beside the Python-in-wasm peers, all under Node.
fn peer_table(rows: &[Row]) -> String {
    let mut out = String::from(
        "\nBeside Python-in-wasm, all under Node (wall seconds, minimum (median)):\n\n",
    );
    let mut header = vec![
        "program".to_owned(),
        "CPython".to_owned(),
        "krait".to_owned(),
    ];
    header.extend(PEERS.iter().map(|(name, _, _)| (*name).to_owned()));
    header.extend(PEERS.iter().map(|(name, _, _)| format!("{name}/krait")));
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "{}|", "|---".repeat(header.len()));
    for row in rows.iter().filter(|r| r.problem.is_none()) {
        let mut cells = vec![row.name.clone(), seconds(row.cpython), seconds(row.k_node)];
        cells.extend(row.peers.iter().map(|peer| match peer {
            PeerRun::NotMeasured => "-".to_owned(),
            PeerRun::Differs => format!("fails, differs or over {PEER_TIME_LIMIT} s"),
            PeerRun::Timed(t) => seconds(Some(*t)),
        }));
        cells.extend((0..PEERS.len()).map(|k| shown(ratio(row.peer(k), row.k_node), "x")));
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push_str(
        "\nDownload to run a program: krait, the module (wasm bytes above) and a WASI shim;",
    );
    for (name, _, files) in PEERS {
        let _ = write!(
            out,
            " {name}, {:.1} MB;",
            peer_download_bytes(files) as f64 / 1e6
        );
    }
    out.pop();
    out.push_str(".\n");
    out
}

/// One set of bars: its legend, its colour, and the timing it shows.
type Series = (&'static str, RGBColor, fn(&Row) -> Option<Timing>);

/// Speed-up over CPython of krait (both engines) and of C, per program, as grouped bars.
fn chart(rows: &[Row], path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let measured: Vec<&Row> = rows
        .iter()
        .filter(|r| r.problem.is_none() && r.cpython.is_some())
        .collect();
    let series: [Series; 6] = [
        ("krait, wasmtime", RGBColor(31, 119, 180), |r| r.k_wasmtime),
        ("krait, Node", RGBColor(174, 199, 232), |r| r.k_node),
        ("C, wasmtime", RGBColor(255, 127, 14), |r| r.c_wasmtime),
        ("C, Node", RGBColor(255, 187, 120), |r| r.c_node),
        ("Pyodide, Node", RGBColor(44, 160, 44), |r| r.peer(0)),
        ("MicroPython, Node", RGBColor(214, 39, 40), |r| r.peer(1)),
    ];
    let mut top: f64 = 1.0;
    for row in &measured {
        for (_, _, get) in &series {
            if let Some(r) = ratio(row.cpython, get(row)) {
                top = top.max(r);
            }
        }
    }
    let root = SVGBackend::new(path, (1100, 520)).into_drawing_area();
    root.fill(&WHITE)?;
    let n = measured.len().max(1);
    let mut chart = ChartBuilder::on(&root)
        .caption(
            "Speed-up over CPython 3 (higher is faster)",
            ("sans-serif", 22),
        )
        .margin(16)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d(0f64..n as f64, 0f64..top * 1.4)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_desc("times faster than CPython")
        .draw()?;
    // Program names centred under their bars.
    for (i, row) in measured.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
        let half_width = (row.name.len() as i32 * 7) / 2;
        root.draw(&Text::new(
            row.name.clone(),
            (x - half_width, y + 10),
            ("sans-serif", 14),
        ))?;
    }
    let width = 0.8 / series.len() as f64;
    for (k, (label, color, get)) in series.iter().enumerate() {
        let bars: Vec<_> = measured
            .iter()
            .enumerate()
            .filter_map(|(i, row)| {
                let value = ratio(row.cpython, get(row))?;
                let left = i as f64 + 0.1 + k as f64 * width;
                Some(Rectangle::new(
                    [(left, 0.0), (left + width * 0.9, value)],
                    color.filled(),
                ))
            })
            .collect();
        chart
            .draw_series(bars)?
            .label(*label)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.filled()));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperMiddle)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    root.present()?;
    Ok(())
}
