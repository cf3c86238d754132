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
