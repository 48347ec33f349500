"""Ingest speed: metadata ingest and thumbnails, against ExifTool and a plain Pillow loop.

    python benchmarks/ingest.py --files 1000 [--workers 2] [--folder DIR]
    python benchmarks/ingest.py --files 1000 10000 --no-thumbnails   # both sizes, one run
    python benchmarks/ingest.py --files 1000 10000 --no-thumbnails --cold   # from the disk
    python benchmarks/ingest.py --files 1000 --no-thumbnails --source-only  # no bytecode

Makes (or reuses) a folder of N realistic wire JPEGs (3000×2000, about 2 MB, with IPTC,
XMP and EXIF written by media-manager's own writer), then in one run prints, for each
size: metadata ingest (``--no-thumbnails``) files/s, thumbnail files/s, peak memory of
the ingest process and its workers, and the ratios against the time ExifTool
(``exiftool -json -fast2``) takes to read the same folder and the time a plain Pillow
draft-mode thumbnail loop takes over it with the same number of processes. With several
sizes, the largest folder is made and each smaller size (a multiple of 1,000) is its
first sub-folders of 1,000 files, so 1,000 and 10,000 cost one 10,000-file folder; the
ratios close the run side by side. A ``--folder`` that holds more files than the largest
size is used as it is (its first sub-folders), never remade or rewritten. media-manager's
bytecode is compiled first, as an installed package has it (``--source-only``: the ingest
compiles media-manager's modules from source, a copy with no bytecode beside it).
``--no-thumbnails`` leaves out the thumbnail pass and the Pillow loop (at 10,000 files
they take many minutes). The CPU time per file (user + system, of the ingest process and
its workers, and of ExifTool) is printed too: on a machine other work shares it says what
the wall-clock ratio cannot; and so is what each read from the disk itself (``ru_inblock``:
what the page cache did not hold, the kernel's read-ahead included).
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WIDTH, HEIGHT = 3000, 2000
QUALITY = 95  # about 2 MB a file, as wire JPEGs are
BASES = 6
#: Each file carries a caption of its own, as a day's wire does: ingest parses every caption
#: (a burst or a pool set repeating one is parsed once per worker), so one caption shared by
#: every file would flatter it. The folder records which captions it holds in this file.
CAPTIONS_MARK = ".captions-varied-1"
SUBJECTS = ("Commuters", "Dock workers", "Farmers", "Nurses", "Firefighters", "Students",
            "Fishermen", "Vendors", "Pilgrims", "Protesters", "Cyclists", "Miners", "Teachers",
            "Volunteers", "Tourists", "Rescuers", "Voters", "Dancers", "Builders", "Drivers")
ACTIONS = ("wait on a crowded platform", "march past the harbour wall", "queue outside city hall",
           "clear debris from a flooded square", "gather near the old market",
           "unload crates at the port", "rest under the railway bridge",
           "inspect damage to a school roof", "cross a temporary footbridge",
           "decorate the main avenue", "repair a storm-damaged jetty", "sort donated food")
REASONS = ("after a signal failure halted trains", "during a strike over pay",
           "as heavy rain floods low-lying districts", "ahead of Sunday's local elections",
           "during the annual harvest festival", "after an overnight storm",
           "as talks on a new contract resume", "on the first day of the school year")
PLACES = (("Tokyo", "Japan", "JPN"), ("Lagos", "Nigeria", "NGA"), ("Lima", "Peru", "PER"),
          ("Madrid", "Spain", "ESP"), ("Nairobi", "Kenya", "KEN"), ("Oslo", "Norway", "NOR"),
          ("Manila", "Philippines", "PHL"), ("Dublin", "Ireland", "IRL"),
          ("Warsaw", "Poland", "POL"), ("Hanoi", "Vietnam", "VNM"), ("Accra", "Ghana", "GHA"),
          ("Quito", "Ecuador", "ECU"), ("Beirut", "Lebanon", "LBN"), ("Riga", "Latvia", "LVA"))
PEOPLE = ("Keiko Marumoto", "Ade Okafor", "Lucia Ferrante", "Jan Novak", "Mira Haddad",
          "Tomas Berg", "Ana Costa", "Kofi Mensah", "Ines Varga", "Luca Rossi", "Noor Eze")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (("Jan.", "January", 1), ("Feb.", "February", 2), ("March", "March", 3),
          ("April", "April", 4), ("May", "May", 5), ("June", "June", 6), ("July", "July", 7),
          ("Aug.", "August", 8), ("Sept.", "September", 9), ("Oct.", "October", 10))


def wire_values(index: int) -> dict[str, str | list[str]]:
    """File ``index``'s metadata: AP, Reuters or AFP style, a caption no other file has."""
    import datetime as dt

    subject = SUBJECTS[index % len(SUBJECTS)]
    action = ACTIONS[(index // 3) % len(ACTIONS)]
    reason = REASONS[(index // 7) % len(REASONS)]
    city, country, code = PLACES[(index // 11) % len(PLACES)]
    who = PEOPLE[(index // 5) % len(PEOPLE)]
    ap_month, month_name, month = MONTHS[(index // 13) % len(MONTHS)]
    day = 1 + index % 28
    taken = dt.date(2025, month, day)
    weekday = WEEKDAYS[taken.weekday()]
    number = f"{index % 9 + 1} of {index % 17 + 10}"
    style = index % 3
    if style == 0:
        caption = (f"{subject} {action} in {city}, {country}, {weekday}, {ap_month} {day}, 2025, "
                   f"{reason}. Picture {number}. (AP Photo/{who})")
        credit, source = "AP", "AP"
    elif style == 1:
        caption = (f"{subject} {action} {reason} in {city}, {country}, {month_name} {day}, "
                   f"2025. Picture {number}. REUTERS/{who}")
        credit, source = f"REUTERS/{who}", "Reuters"
    else:
        caption = (f"{subject} {action} in {city} on {month_name} {day}, 2025, {reason}. "
                   f"Picture {number}. (Photo by {who.upper()} / AFP)")
        credit, source = "AFP", "AFP"
    return {"title": f"{country.upper()}-WIRE/{index}", "job_id": f"WIR{index:05d}",
            "headline": f"{subject} in {city}", "description": caption, "creator": [who],
            "creator_job_title": "STF", "credit_line": credit, "source": source,
            "copyright_notice": f"Copyright 2025 {source}.",
            "date_created": f"{taken.isoformat()}T08:14:00+00:00", "city": city,
            "country": country, "country_code": code,
            "keywords": [subject.lower(), city, "news"]}


def _base(seed: int) -> Image.Image:
    from media_manager.samples.pictures import render_photo

    return render_photo(WIDTH, HEIGHT, seed)


def _make_one(args: tuple[int, str]) -> None:
    """File ``index``: a base picture with a patch of its own, so each is another picture.

    Metadata goes in through the writer's pure composer (the same bytes write_metadata
    makes), without its per-file fsync, which would dominate making thousands of files.
    """
    index, folder = args
    from media_manager.metadata.writer import compose_jpeg

    picture = _BASE_CACHE[index % BASES].copy()
    shade = ((index * 37) % 256, (index * 91) % 256, (index * 53) % 256)
    x, y = (index * 97) % (WIDTH - 200), (index * 61) % (HEIGHT - 150)
    picture.paste(shade, (x, y, x + 160, y + 120))
    path = Path(folder) / f"{index // 1000:03d}" / f"wire_{index:05d}.jpg"
    path.parent.mkdir(parents=True, exist_ok=True)
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS R3"
    encoded = io.BytesIO()
    picture.save(encoded, "JPEG", quality=QUALITY, exif=exif.tobytes())
    path.write_bytes(compose_jpeg(encoded.getvalue(), wire_values(index),
                                  truncate_iim=True).data)


def _recaption_one(args: tuple[int, str]) -> None:
    """Give an existing file of an older folder its own caption (the pixels stay)."""
    index, name = args
    from media_manager.metadata.writer import compose_jpeg

    path = Path(name)
    path.write_bytes(compose_jpeg(path.read_bytes(), wire_values(index), truncate_iim=True).data)


_BASE_CACHE: dict[int, Image.Image] = {}


def ensure_folder(folder: Path, files: int, workers: int) -> None:
    existing = sorted(folder.rglob("*.jpg")) if folder.exists() else []
    mark = folder / CAPTIONS_MARK
    if len(existing) == files and mark.exists():
        return
    if len(existing) > files:  # a larger folder (a shared one, perhaps) is never remade or
        return  # rewritten: a smaller size is its first sub-folders (see roots_for)
    context = multiprocessing.get_context("fork")
    if len(existing) == files:  # an older folder, every file with one caption: re-caption it
        print(f"giving each of the {files} wire JPEGs in {folder} its own caption (once) ...",
              flush=True)
        with context.Pool(workers) as pool:
            pool.map(_recaption_one, [(int(p.stem.split("_")[-1]), str(p)) for p in existing],
                     chunksize=16)
        mark.write_text("each file has a caption of its own\n")
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    print(f"making {files} wire JPEGs in {folder} (once) ...", flush=True)
    for base in range(BASES):  # drawn once here; the forked workers share them
        _BASE_CACHE[base] = _base(1000 + base)
    with context.Pool(workers) as pool:
        pool.map(_make_one, [(i, str(folder)) for i in range(files)], chunksize=16)
    mark.write_text("each file has a caption of its own\n")


def cpu_seconds(who: int) -> float:
    """User + system CPU time of this process (RUSAGE_SELF) or its ended children."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def disk_mb(who: int) -> float:
    """Megabytes this process (RUSAGE_SELF) or its ended children had read from the disk
    itself, read-ahead included (a read the page cache answers counts nothing)."""
    return resource.getrusage(who).ru_inblock * 512 / 1e6


def time_exiftool(roots: list[Path]) -> tuple[float, float, float] | None:
    """ExifTool's wall-clock and CPU seconds reading ``roots``, and its megabytes of disk."""
    exiftool = shutil.which("exiftool")
    if not exiftool:
        return None
    started, cpu = time.perf_counter(), cpu_seconds(resource.RUSAGE_CHILDREN)
    disk = disk_mb(resource.RUSAGE_CHILDREN)
    subprocess.run([exiftool, "-json", "-fast2", "-r", "-q", *map(str, roots)],
                   stdout=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - started, cpu_seconds(resource.RUSAGE_CHILDREN) - cpu,
            disk_mb(resource.RUSAGE_CHILDREN) - disk)


def _plain_thumbnail(args: tuple[str, str]) -> None:
    source, target = args
    with Image.open(source) as image:
        image.draft("RGB", (512, 512))
        image.thumbnail((512, 512))
        image.save(target, "JPEG", quality=82)


def time_pillow_loop(roots: list[Path], workers: int) -> float:
    with tempfile.TemporaryDirectory() as out:
        pictures = sorted(p for root in roots for p in root.rglob("*.jpg"))
        jobs = [(str(p), f"{out}/{i}.jpg") for i, p in enumerate(pictures)]
        started = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pool.map(_plain_thumbnail, jobs, chunksize=4)
        return time.perf_counter() - started


def measure_ingest(roots: list[Path], workers: int, thumbnails: bool) -> dict[str, float]:
    """Runs in a child process of its own, so its peak memory is the ingest's alone."""
    from media_manager.catalog.service import Catalog
    from media_manager.config import Settings

    with tempfile.TemporaryDirectory() as data:
        settings = Settings(database_url=f"sqlite:///{data}/bench.sqlite3", data_dir=Path(data))
        with Catalog.open(settings) as catalog:
            started = time.perf_counter()
            cpu = cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN)
            disk = disk_mb(resource.RUSAGE_SELF) + disk_mb(resource.RUSAGE_CHILDREN)
            summary = catalog.ingest(roots, workers=workers)
            metadata_seconds = time.perf_counter() - started
            metadata_cpu = (cpu_seconds(resource.RUSAGE_SELF)
                            + cpu_seconds(resource.RUSAGE_CHILDREN) - cpu)
            metadata_disk = (disk_mb(resource.RUSAGE_SELF) + disk_mb(resource.RUSAGE_CHILDREN)
                             - disk)
            started = time.perf_counter()
            made = catalog.build_thumbnails(workers=workers)["made"] if thumbnails else 0
            thumbnail_seconds = time.perf_counter() - started
    return {"metadata_seconds": metadata_seconds, "metadata_cpu": metadata_cpu,
            "metadata_disk_mb": metadata_disk,
            "thumbnail_seconds": thumbnail_seconds,
            "added": summary.counts()["added"], "failed": summary.counts()["failed"],
            "thumbnails": made,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "peak_worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def roots_for(folder: Path, files: int, held: int) -> list[Path]:
    """The folder itself when it holds ``files`` pictures; its first sub-folders when it
    holds more."""
    if files == held:
        return [folder]
    if files % 1000:
        raise SystemExit(f"--files {files}: a smaller size must be a multiple of 1,000")
    return [folder / f"{part:03d}" for part in range(files // 1000)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, nargs="+", default=[1000],
                        help="how many files; several sizes are measured in one run")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--folder", type=Path, default=None,
                        help="where the wire JPEGs are kept between runs")
    parser.add_argument("--cold", action="store_true",
                        help="empty the page cache before each size (root only), so every "
                             "run starts from the disk: ExifTool first, then the ingest")
    parser.add_argument("--no-thumbnails", action="store_true",
                        help="measure metadata ingest only (no thumbnail pass, no Pillow loop)")
    parser.add_argument("--source-only", action="store_true",
                        help="time media-manager compiled from source: the ingest imports a "
                             "copy of its source with no bytecode (as where "
                             "PYTHONDONTWRITEBYTECODE is set and nothing was compiled); the "
                             "standard library and the other packages keep theirs")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--source-copy", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--make", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, action="append", help=argparse.SUPPRESS)
    args = parser.parse_args()
    largest = max(args.files)
    folder = args.folder or Path(tempfile.gettempdir()) / f"media-manager-bench-{largest}"
    if args.child:
        if args.source_copy:  # imported from there, ahead of the installed copy
            sys.path.insert(0, str(args.source_copy))
        print(json.dumps(measure_ingest(args.root, args.workers, not args.no_thumbnails)))
        return
    if args.make:
        ensure_folder(folder, largest, args.workers)
        return
    # each step in a process of its own: Linux carries a parent's peak memory into a child
    # it forks, so making the pictures here would inflate the ingest's figure
    subprocess.run([sys.executable, __file__, "--make", "--files", str(largest),
                    "--workers", str(args.workers), "--folder", str(folder)], check=True)
    held = sum(1 for _ in folder.rglob("*.jpg"))
    if not args.source_only:
        compile_bytecode()
    ratios = []
    for files in sorted(set(args.files)):
        roots = roots_for(folder, files, held)
        if args.cold:
            empty_page_cache()
        ratios.append((files, measure_size(roots, files, args.workers, args.no_thumbnails,
                                              args.source_only)))
    if len(ratios) > 1:
        print("metadata ingest against ExifTool's read: " + "; ".join(
            f"{ratio:.1f}x at {files:,} files" if ratio else f"no ExifTool at {files:,} files"
            for files, ratio in ratios))


def compile_bytecode() -> None:
    """Compile media-manager's modules to bytecode before any timing, as an installed copy
    has them: pip compiles a package as it installs it, and Python writes the bytecode of
    what it imports on a first run, except where ``PYTHONDONTWRITEBYTECODE`` is set (as on
    some build machines). Without it each ingest would spend about 0.1 s of CPU compiling the
    caption parser's source, which no desk's second run does (``--source-only`` measures
    that)."""
    import compileall

    package = package_dir()
    if compileall.compile_dir(package, quiet=1):
        print(f"bytecode: compiled {package} first (--source-only leaves it out)")
    else:
        print(f"bytecode: could not compile all of {package}; what is missing is compiled "
              "from source as it is imported")


def package_dir() -> Path:
    import media_manager

    return Path(media_manager.__file__).parent


def empty_page_cache() -> None:
    """Write out and drop the page cache (``--cold``): the files are read from the disk."""
    os.sync()
    try:
        Path("/proc/sys/vm/drop_caches").write_text("1\n")
    except OSError as problem:
        raise SystemExit(f"--cold: cannot empty the page cache ({problem.strerror}); "
                         "it needs root on Linux") from None


def measure_size(roots: list[Path], files: int, workers: int, no_thumbnails: bool,
                 source_only: bool = False) -> float | None:
    """One size: ExifTool, then the ingest in a child process, then the Pillow loop."""
    pictures = [p for root in roots for p in root.rglob("*.jpg")]
    assert len(pictures) == files, f"{len(pictures)} pictures under {roots}, not {files}"
    size_mb = sum(p.stat().st_size for p in pictures) / files / 1e6
    exiftool_run = time_exiftool(roots)
    exiftool, exiftool_cpu, exiftool_disk = exiftool_run if exiftool_run else (None, None, None)
    command = [sys.executable, __file__, "--child", "--workers", str(workers),
               *(f"--root={root}" for root in roots)] + (["--no-thumbnails"] * no_thumbnails)
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as source_copy:
        if source_only:  # media-manager's source alone, no bytecode beside it and none
            # written; the standard library and the other packages keep theirs
            shutil.copytree(package_dir(), Path(source_copy) / "media_manager",
                            ignore=shutil.ignore_patterns("__pycache__"))
            command.append(f"--source-copy={source_copy}")
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        child = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    measured = json.loads(child.stdout.strip().splitlines()[-1])
    pillow = None if no_thumbnails else time_pillow_loop(roots, workers)
    report(files, workers, size_mb, measured, exiftool, pillow)
    if exiftool_cpu is not None:
        print(f"CPU time (user + system) per file: metadata ingest (process and workers) "
              f"{measured['metadata_cpu'] / files * 1e3:.2f} ms, ExifTool "
              f"{exiftool_cpu / files * 1e3:.2f} ms -> {exiftool_cpu / measured['metadata_cpu']:.1f}x")
        print(f"read from the disk itself (not the page cache) per file: metadata ingest "
              f"{measured['metadata_disk_mb'] / files * 1e3:.0f} KB, ExifTool "
              f"{exiftool_disk / files * 1e3:.0f} KB")
    return exiftool / measured["metadata_seconds"] if exiftool else None


def report(files: int, workers: int, size_mb: float, measured: dict, exiftool: float | None,
           pillow: float | None) -> None:
    meta, thumbs = measured["metadata_seconds"], measured["thumbnail_seconds"]
    print(f"files: {files} JPEGs of {WIDTH}x{HEIGHT}, {size_mb:.2f} MB average; "
          f"workers: {workers}")
    print(f"added {measured['added']}, failed {measured['failed']}, "
          f"thumbnails {measured['thumbnails']}")
    print(f"metadata ingest (--no-thumbnails): {meta:.2f} s = {files / meta:.0f} files/s")
    if pillow is not None:
        print(f"thumbnails:                        {thumbs:.2f} s = {files / thumbs:.0f} files/s")
    print(f"peak memory: ingest process {measured['peak_rss_mb']:.0f} MB, "
          f"largest worker {measured['peak_worker_rss_mb']:.0f} MB")
    if exiftool is None:
        print("exiftool -json -fast2: not installed, no ratio")
    else:
        print(f"exiftool -json -fast2 read: {exiftool:.2f} s -> metadata ingest is "
              f"{exiftool / meta:.1f}x faster than ExifTool's read")
    if pillow is not None:
        print(f"plain Pillow draft-mode thumbnail loop ({workers} processes): {pillow:.2f} s -> "
              f"thumbnail pass takes {thumbs / pillow:.2f}x the plain loop")


if __name__ == "__main__":
    main()
