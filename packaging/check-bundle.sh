#!/usr/bin/env bash
# Smoke test of a built bundle: `find` prints a known service (in French too), and the window
# opens on the seeded database and lists services. Everything it writes goes to a temporary
# folder.
set -euo pipefail
program="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"  # the bundle must not lean on the checkout
# No venv, no checkout on the paths: what the program needs must be inside the bundle.
export PATH=/usr/bin:/bin PYTHONPATH= PYTHONHOME= IFG_DESKTOP_DB=
export XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" XDG_CONFIG_HOME="$scratch/config"

found="$("$program" --db "$scratch/x.sqlite" find "huiselijk geweld")"
echo "$found"
if ! grep -q "^1712 " <<<"$found"; then
    echo "check-bundle: 'find huiselijk geweld' did not list 1712" >&2
    exit 1
fi
# marisa-trie is inside: the first start kept simplemma's lemma list as a trie in the cache.
if ! compgen -G "$XDG_CACHE_HOME/ifg-desktop/dutch-lemma-trie-*/nl.dic" >/dev/null; then
    echo "check-bundle: no lemma trie in the cache folder (no marisa-trie bundled?)" >&2
    exit 1
fi
# wordfreq's Dutch list is inside: a word in common use is not taken for a typo.
said="$("$program" --db "$scratch/x.sqlite" find "getrokken" 2>&1)"
if grep -q "^Bedoelde je" <<<"$said"; then
    echo "check-bundle: 'find getrokken' read a common word as a typo (no word list bundled?)" >&2
    exit 1
fi
# The translations are inside too: the French header comes from the bundled .qm.
french="$("$program" --lang fr --db "$scratch/x.sqlite" find "huiselijk geweld" 2>/dev/null)"
if ! head -n 1 <<<"$french" | grep -q "MAINTENANT"; then
    echo "check-bundle: 'find' with --lang fr printed no French header (no .qm bundled?)" >&2
    exit 1
fi
QT_QPA_PLATFORM=offscreen "$program" --smoke-test --db "$scratch/x.sqlite" --timeout 60
# A first start: the window has the program make the new database (`init`, ui/first_start.py).
made="$("$program" --lang nl --db "$scratch/made.sqlite" init)"
if ! grep -q "^Databank klaar: .* (17 diensten)" <<<"$made"; then
    echo "check-bundle: 'init' did not make the database: $made" >&2
    exit 1
fi
QT_QPA_PLATFORM=offscreen "$program" --smoke-test --db "$scratch/new.sqlite" --timeout 60
echo "check-bundle: $(du -sh "$(dirname "$program")" | cut -f1) in $(dirname "$program")"
