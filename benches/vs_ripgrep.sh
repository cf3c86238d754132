#!/usr/bin/env bash
# Parallax against ripgrep on the same files and the same alias list, in one run.
#
# usage: benches/vs_ripgrep.sh [DOCS]        (default 100000)
#        BASELINE_REV=<git revision> benches/vs_ripgrep.sh [DOCS]
#
# With BASELINE_REV, that revision of Parallax is built apart (target/bench/baseline-*) and
# timed in the same run, so a change (a tenfold lexicon) shows its cost as a ratio.
#
# Writes a deterministic corpus with ../shared/bench/make_corpus.py (cached under target/),
# then times `parallax counts DIR` and `rg -c -o -w -F -f ALIASES DIR` (ALIASES is every
# string Parallax's matcher looks for, from `parallax aliases`), each after the files are
# in the page cache. Prints wall time, CPU use and peak memory of each, and the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-100000}
work=target/bench
corpus=$work/corpus-$docs
mkdir -p "$work"

command -v rg >/dev/null || { echo "installing ripgrep"; apt-get install -y -qq ripgrep >/dev/null; }
[ -x /usr/bin/time ] || { echo "installing time"; apt-get install -y -qq time >/dev/null; }
cargo build --release --quiet
bin=target/release/parallax

if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"
  python3 ../shared/bench/make_corpus.py "$corpus" --docs "$docs" --from seeds
  touch "$corpus/.done"
fi
"$bin" aliases > "$work/aliases.txt"
corpus_bytes=$(find "$corpus" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "corpus: $docs articles, $corpus_bytes bytes; aliases: $(wc -l < "$work/aliases.txt"); cores: $(nproc)"
echo "versions: $("$bin" --version), $(rg --version | head -n1)"

measure() { # name, command...
  local name=$1; shift
  find "$corpus" -type f -name '*.txt' -exec cat {} + > /dev/null   # warm the page cache
  /usr/bin/time -f "%e %U %S %M" -o "$work/$name.time" "$@" > "$work/$name.out"
  read -r wall user sys rss_kb < "$work/$name.time"
  cpu=$(awk -v u="$user" -v s="$sys" -v w="$wall" 'BEGIN {printf "%.0f", 100*(u+s)/w}')
  printf '%-9s wall %7.2f s   cpu %4s%%   peak memory %8.1f MiB\n' "$name" "$wall" "$cpu" "$(awk -v k="$rss_kb" 'BEGIN {print k/1024}')"
  eval "${name}_wall=$wall ${name}_rss=$rss_kb"
}
if [ -n "${BASELINE_REV:-}" ]; then
  src=$work/baseline-src
  rm -rf "$src" && mkdir -p "$src"
  git archive "$BASELINE_REV" | tar -x -C "$src"
  cargo build --release --quiet --manifest-path "$src/Cargo.toml" --target-dir "$work/baseline-target"
  measure baseline "$work/baseline-target/release/parallax" counts "$corpus"
fi
measure parallax "$bin" counts "$corpus"
measure ripgrep rg -c -o -w -F -f "$work/aliases.txt" "$corpus"
if [ -n "${BASELINE_REV:-}" ]; then
  awk -v p="$parallax_wall" -v b="$baseline_wall" -v pm="$parallax_rss" -v bm="$baseline_rss" -v rev="$BASELINE_REV" 'BEGIN {
    printf "time ratio parallax/baseline %s: %.2f (target <= 1.0); memory %.2f\n", rev, p / b, pm / bm
  }'
fi
awk -v p="$parallax_wall" -v r="$ripgrep_wall" -v m="$parallax_rss" -v b="$corpus_bytes" 'BEGIN {
  printf "time ratio parallax/ripgrep: %.2f (target <= 1.0)\n", p / r
  printf "peak memory / corpus bytes:  %.2f (target <= 2.0)\n", m * 1024 / b
}'
