//! The real binary, a real X server and the real system folder dialog (xdg-desktop-portal),
//! driven with xdotool as a person would: Ctrl+O, type the path, Return.

use std::process::Command;

use crate::util::fixture;

#[test]
fn real_window_opens_a_folder_through_the_portal_dialog() {
    for tool in ["Xvfb", "dbus-run-session", "xdotool", "xdpyinfo", "import"] {
        let found = Command::new("sh")
            .arg("-c")
            .arg(format!("command -v {tool}"))
            .output()
            .unwrap();
        assert!(
            found.status.success(),
            "{tool} is missing: run the README's test command, which installs it"
        );
    }
    let shot = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("e2e-open-folder.png");
    let _ = std::fs::remove_file(&shot);
    let script =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/open_folder.sh");
    let output = Command::new("bash")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_parallax"))
        .arg(fixture("good"))
        .arg(&shot)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "end-to-end script failed\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    let title = stdout
        .lines()
        .find_map(|l| l.strip_prefix("TITLE: "))
        .unwrap_or_default();
    assert_eq!(
        title, "Parallax — good · 3 articles",
        "stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "screenshot missing or blank: {} ({size} bytes)",
        shot.display()
    );
    println!("screenshot: {}", shot.display());
}

/// Issue 8: a settings file that is a named pipe hung the window before it appeared. The
/// real binary must start, set the pipe aside and show its window.
#[cfg(unix)]
#[test]
fn real_window_starts_past_a_settings_file_that_is_a_pipe() {
    use std::time::{Duration, Instant};
    let state = tempfile::tempdir().unwrap();
    let ron = state.path().join("app.ron");
    assert!(Command::new("mkfifo").arg(&ron).status().unwrap().success());
    let display = format!(":{}", 600 + std::process::id() % 300);
    let mut xvfb = Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(800));
    let mut app = Command::new(env!("CARGO_BIN_EXE_parallax"))
        .env("DISPLAY", &display)
        .env("PARALLAX_STATE_DIR", state.path())
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        .env("WAYLAND_DISPLAY", "")
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut title = String::new();
    while started.elapsed() < Duration::from_secs(60) && !title.starts_with("Parallax —") {
        std::thread::sleep(Duration::from_millis(200));
        let found = Command::new("xdotool")
            .args(["search", "--name", "^Parallax"])
            .env("DISPLAY", &display)
            .output()
            .unwrap();
        if let Some(win) = String::from_utf8_lossy(&found.stdout).lines().next() {
            let name = Command::new("xdotool")
                .args(["getwindowname", win])
                .env("DISPLAY", &display)
                .output()
                .unwrap();
            title = String::from_utf8_lossy(&name.stdout).trim().to_owned();
        }
    }
    let _ = app.kill();
    let _ = app.wait();
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    assert_eq!(title, "Parallax — seeds · 2 articles");
    let aside = state.path().join("app.ron.damaged");
    assert!(
        std::fs::symlink_metadata(&aside).is_ok(),
        "the pipe was set aside as {}",
        aside.display()
    );
}
