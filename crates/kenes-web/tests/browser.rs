//! The explorer in a real browser: serves the embedded model on a free
//! loopback port, then runs the headless-Chromium tests in `e2e/` (node's
//! test runner driving Debian's Chromium through playwright-core) against it.
//! This runs with the rest of the workspace's tests, so a missing browser is
//! a failure that says how to install it, never a silent skip.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use kenes_web::Explorer;

/// Debian's Chromium, unless `KENES_CHROMIUM` names another.
const CHROMIUM: &str = "/usr/bin/chromium";

/// Long enough for every page on a busy 2-core machine; the run is bounded
/// so that a hung browser fails the test instead of holding CI.
const RUN_LIMIT: Duration = Duration::from_secs(15 * 60);

#[test]
fn every_page_works_in_headless_chromium() {
    let workspace = workspace_root();
    let chromium = std::env::var("KENES_CHROMIUM").unwrap_or_else(|_| CHROMIUM.to_owned());
    check_prerequisites(&workspace, Path::new(&chromium));

    let address = serve_in_background();
    let output = run_node_tests(&workspace, address, &chromium);
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.status.success(),
        "the browser tests failed ({}){}; node's report:\n{report}",
        output.status,
        not_landed(&report)
    );
    println!("{report}");
}

/// The pages that answered 501 (not built yet), named once each, so that
/// the first line of a failure says which pages are missing.
fn not_landed(report: &str) -> String {
    let mut paths: Vec<&str> = report
        .lines()
        .filter_map(|line| line.trim().strip_prefix("Error: GET "))
        .filter_map(|rest| rest.split_once(" answered 501").map(|(path, _)| path))
        .collect();
    paths.sort_unstable();
    paths.dedup();
    if paths.is_empty() {
        String::new()
    } else {
        format!(
            "; pages that have not landed yet (501): {}",
            paths.join(", ")
        )
    }
}

fn workspace_root() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

/// Fails with the command that installs whatever is missing.
fn check_prerequisites(workspace: &Path, chromium: &Path) {
    let mut missing = Vec::new();
    if !chromium.exists() {
        missing.push(format!(
            "no Chromium at {}: install Debian's with `apt-get install chromium` (or set KENES_CHROMIUM)",
            chromium.display()
        ));
    }
    let node = Command::new("node").arg("--version").output();
    if !node.is_ok_and(|out| out.status.success()) {
        missing.push("no `node` on PATH: install Node.js 20 or later".to_owned());
    }
    if !workspace.join("e2e/node_modules/playwright-core").is_dir() {
        missing.push(format!(
            "no e2e/node_modules/playwright-core: run `npm ci --prefix e2e` in {}",
            workspace.display()
        ));
    }
    assert!(
        missing.is_empty(),
        "the browser tests cannot run:\n  {}",
        missing.join("\n  ")
    );
}

/// Serves the embedded explorer on 127.0.0.1 at a free port, in a thread of
/// its own for the rest of the test's process, and returns its address.
fn serve_in_background() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let address = listener.local_addr().expect("the bound address");
    listener
        .set_nonblocking(true)
        .expect("a non-blocking listener for tokio");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_io()
            .build()
            .expect("the server's runtime");
        runtime.block_on(async {
            let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
            kenes_web::serve(listener, Explorer::embedded())
                .await
                .expect("the explorer serves");
        });
    });
    address
}

/// Runs `node --test` in the workspace's `e2e/` against the explorer at `address`, killing
/// it if it outlasts [`RUN_LIMIT`].
fn run_node_tests(workspace: &Path, address: SocketAddr, chromium: &str) -> Output {
    let mut child = Command::new("node")
        .args(["--test", "--test-reporter=spec"])
        .current_dir(workspace.join("e2e"))
        .env("KENES_E2E_URL", format!("http://{address}/"))
        .env("KENES_CHROMIUM", chromium)
        .env(
            "KENES_E2E_SCREENSHOTS",
            workspace.join("target/e2e-screenshots"),
        )
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start node");
    let started = Instant::now();
    // the pipes are read on their own threads so that a full pipe cannot stall node
    let stdout = read_in_background(child.stdout.take().expect("node's stdout"));
    let stderr = read_in_background(child.stderr.take().expect("node's stderr"));
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for node") {
            break status;
        }
        if !timed_out && started.elapsed() > RUN_LIMIT {
            // killed, node's status then says so and the report shows how far it got
            child.kill().expect("stop node");
            timed_out = true;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut stderr = stderr.join().expect("node's stderr");
    if timed_out {
        stderr.extend(format!("\nstopped after {RUN_LIMIT:?}\n").bytes());
    }
    Output {
        status,
        stdout: stdout.join().expect("node's stdout"),
        stderr,
    }
}

fn read_in_background(
    mut pipe: impl std::io::Read + Send + 'static,
) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        // a read error leaves what was read, which is all the report can show
        let _ = pipe.read_to_end(&mut bytes);
        bytes
    })
}
