#!/usr/bin/env python3
"""Deterministic ZoomInfo-format contact export: N rows, ~N/33 companies, 2% duplicate people."""
import csv, random, sys

rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
out = sys.argv[2] if len(sys.argv) > 2 else "zoominfo_100k.csv"
rng = random.Random(20260115)
header = ["ZoomInfo Contact ID", "First Name", "Last Name", "Job Title", "Management Level", "Department",
          "Email Address", "Direct Phone Number", "LinkedIn Contact Profile URL", "ZoomInfo Company ID",
          "Company Name", "Website", "Person City", "Country"]
firsts = ["Ann", "Bob", "Chen", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea", "Mo", "Nia", "Oto", "Pia"]
lasts = ["Lee", "Ray", "Fox", "Kim", "Ng", "Roe", "Diaz", "Berg", "Sato", "Park", "Moss", "Ivy", "Lund", "Vale"]
titles = [("Chief Financial Officer", "C-Level"), ("Head of Procurement", "Director"), ("IT Manager", "Manager"),
          ("Software Engineer", "Non-Manager"), ("VP Sales", "VP-Level"), ("Procurement Manager", "Manager")]
companies = 3000
unique = int(rows * 0.98)
people = []
for i in range(unique):
    c = rng.randrange(companies)
    t = titles[rng.randrange(len(titles))]
    f, l = firsts[rng.randrange(len(firsts))], lasts[rng.randrange(len(lasts))] + str(i)
    people.append([str(9_100_000_000 + i), f, l, t[0], t[1], "Operations", f"{f.lower()}.{l.lower()}@co{c}.test",
                   f"555-01{i % 100:02d}", f"http://www.linkedin.com/in/{f.lower()}-{l.lower()}-t{i:06d}",
                   str(500_000_000 + c), f"Company {c} Inc.", f"www.co{c}.test", "Springfield", "United States"])
dupes = [list(people[rng.randrange(unique)]) for _ in range(rows - unique)]
all_rows = people + dupes
rng.shuffle(all_rows)
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(header)
    w.writerows(all_rows)
