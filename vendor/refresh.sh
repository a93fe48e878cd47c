#!/usr/bin/env bash
# Re-vendors the front-end npm packages listed in vendor/packages.tsv.
#
# Usage:
#   vendor/refresh.sh                          # versions from vendor/packages.tsv
#   vendor/refresh.sh @kern-ux/native@2.8.0    # override one or more versions
#
# Developer tool only: the Maven build never runs this and never needs Node.
# Requires npm and node on the PATH; the npm client uses its own configured registry.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages_tsv="vendor/packages.tsv"
checksums="vendor/checksums.sha256"
vendor_root="src/main/resources/static/vendor"
header=$'package\tversion\tlicence\ttarget_dir'

die() {
    echo "refresh.sh: $*" >&2
    exit 1
}

command -v npm >/dev/null || die "npm not found"
command -v node >/dev/null || die "node not found"
cd "$repo_root"
[[ -f "$packages_tsv" ]] || die "$packages_tsv not found"
[[ "$(head -n 1 "$packages_tsv")" == "$header" ]] || die "unexpected header in $packages_tsv"

names=()
declare -A version licence target
while IFS=$'\t' read -r name ver lic dir; do
    [[ -z "$name" ]] && continue
    case "$dir" in
        "$vendor_root"/?*) ;;
        *) die "target_dir of $name must be below $vendor_root/: '$dir'" ;;
    esac
    names+=("$name")
    version[$name]="$ver"
    licence[$name]="$lic"
    target[$name]="$dir"
done < <(tail -n +2 "$packages_tsv")
(( ${#names[@]} > 0 )) || die "no packages in $packages_tsv"

# Overrides look like <package>@<version>; split at the last '@' so scoped names work.
for spec in "$@"; do
    name="${spec%@*}"
    ver="${spec##*@}"
    [[ -n "$name" && -n "$ver" && "$name" != "$spec" ]] || die "bad argument '$spec', expected <package>@<version>"
    [[ -n "${target[$name]+set}" ]] || die "unknown package '$name' (add it to $packages_tsv and to select_files first)"
    version[$name]="$ver"
done

# A file outside every target dir would otherwise be silently blessed by its checksum.
mkdir -p "$vendor_root"
while IFS= read -r -d '' file; do
    owned=false
    for name in "${names[@]}"; do
        if [[ "$file" == "${target[$name]}"/* ]]; then
            owned=true
        fi
    done
    [[ "$owned" == true ]] || die "$file is not part of any package in $packages_tsv; remove it or vendor it properly"
done < <(find "$vendor_root" -type f -print0)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

copy_file() { # <source file> <destination file>
    [[ -f "$1" ]] || die "expected file missing from package: $1"
    install -D -m 0644 "$1" "$2"
}

# Copies a stylesheet plus every local file it references via url(...), keeping
# the relative layout so the references still resolve once served.
copy_css_with_refs() { # <package base dir> <css path relative to base> <destination dir>
    local base="$1" css="$2" dest="$3" ref resolved
    copy_file "$base/$css" "$dest/$css"
    while IFS= read -r ref; do
        ref="${ref#url(}"
        ref="${ref%)}"
        ref="${ref//[\"\' ]/}"
        ref="${ref%%[?#]*}"
        case "$ref" in
            "" | data:* | http:* | https:* | //* | /*) continue ;;
        esac
        resolved="$(realpath -m --relative-to="$base" "$base/$(dirname "$css")/$ref")"
        [[ "$resolved" != ../* ]] || die "$css references a file outside the package: $ref"
        copy_file "$base/$resolved" "$dest/$resolved"
    done < <(grep -o 'url([^)]*)' "$base/$css" || true)
}

# The exact files each package contributes; everything else in the tarball is ignored.
select_files() { # <package name> <unpacked package dir> <destination dir>
    local pkg="$2" dest="$3"
    case "$1" in
        @kern-ux/native)
            copy_css_with_refs "$pkg/dist" kern.min.css "$dest"
            copy_css_with_refs "$pkg/dist" fonts/fira-sans.css "$dest"
            copy_file "$pkg/LICENSE.md" "$dest/LICENSE.md"
            ;;
        world-atlas)
            copy_file "$pkg/countries-110m.json" "$dest/countries-110m.json"
            copy_file "$pkg/LICENSE" "$dest/LICENSE"
            ;;
        dejavu-fonts-ttf)
            # The PDF documents embed these (PDF/UA needs embedded fonts; openhtmltopdf reads TrueType only).
            copy_file "$pkg/ttf/DejaVuSans.ttf" "$dest/DejaVuSans.ttf"
            copy_file "$pkg/ttf/DejaVuSans-Bold.ttf" "$dest/DejaVuSans-Bold.ttf"
            copy_file "$pkg/LICENSE" "$dest/LICENSE"
            ;;
        *)
            die "no file selection defined for '$1'"
            ;;
    esac
}

# Stage everything first so a failed download leaves the working tree untouched.
for name in "${names[@]}"; do
    spec="$name@${version[$name]}"
    slot="$work/$(printf '%s' "$name" | tr -c 'A-Za-z0-9._-' '_')"
    mkdir -p "$slot/unpacked" "$slot/staged"
    echo "Packing $spec"
    tarball="$(cd "$slot" && npm pack --silent --ignore-scripts "$spec" | tail -n 1)"
    [[ -f "$slot/$tarball" ]] || die "npm pack did not produce a tarball for $spec"
    tar -xzf "$slot/$tarball" -C "$slot/unpacked"
    pkg="$slot/unpacked/package"

    actual="$(node -p 'const p = require(process.argv[1]); p.name + "@" + p.version' "$pkg/package.json")"
    [[ "$actual" == "$spec" ]] || die "tarball contains $actual, expected $spec"
    lic="$(node -p 'require(process.argv[1]).license || ""' "$pkg/package.json")"
    [[ -n "$lic" ]] || die "$spec declares no licence"
    if [[ "$lic" != "${licence[$name]}" ]]; then
        echo "WARNING: licence of $name changed from '${licence[$name]}' to '$lic'; review before committing" >&2
        licence[$name]="$lic"
    fi

    select_files "$name" "$pkg" "$slot/staged"
done

for name in "${names[@]}"; do
    slot="$work/$(printf '%s' "$name" | tr -c 'A-Za-z0-9._-' '_')"
    rm -rf "${target[$name]}"
    mkdir -p "$(dirname "${target[$name]}")"
    cp -R "$slot/staged" "${target[$name]}"
done

{
    printf '%s\n' "$header"
    for name in "${names[@]}"; do
        printf '%s\t%s\t%s\t%s\n' "$name" "${version[$name]}" "${licence[$name]}" "${target[$name]}"
    done
} > "$packages_tsv.tmp"
mv "$packages_tsv.tmp" "$packages_tsv"

find "$vendor_root" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum > "$checksums.tmp"
mv "$checksums.tmp" "$checksums"

echo "Vendored files:"
du -sh "${target[@]}"
echo "Updated $packages_tsv and $checksums; review with git diff before committing."
