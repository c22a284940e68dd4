#!/usr/bin/env python3
"""Print data/gsa_per_diem.csv rows for the GSA per-diem areas the centers use.

Usage: scripts/gsa_rows.py FY=GSA_MASTER_FILE.csv [FY=GSA_MASTER_FILE.csv ...] > data/gsa_per_diem.csv
e.g.   scripts/gsa_rows.py 2026=../shared/reference/gsa_per_diem_fy2026_conus.csv \
                           2027=../shared/reference/gsa_per_diem_fy2027_conus.csv > data/gsa_per_diem.csv

Each GSA_MASTER_FILE is GSA's CONUS per-diem master file for federal fiscal year FY, which runs
from 1 October of the year before to 30 September (the reference copies are in
../shared/reference/; FY2027's is a secondary copy, see its README). Each area's rows come out
fiscal year by fiscal year, in the order given. Add an area to AREAS, rerun, and point a row of
data/centers.csv at its id.
"""
import csv
import sys
from datetime import datetime

# (our area id, GSA state, GSA destination)
AREAS = [
    ("al-birmingham", "AL", "Birmingham"),
    ("ca-los-angeles", "CA", "Los Angeles"),
    ("ca-sacramento", "CA", "Sacramento"),
    ("ca-san-francisco", "CA", "San Francisco"),
    ("ca-sunnyvale-palo-alto-san-jose", "CA", "Sunnyvale / Palo Alto / San Jose"),
    ("co-denver-aurora", "CO", "Denver / Aurora"),
    ("dc-district-of-columbia", "DC", "District of Columbia"),
    ("fl-miami", "FL", "Miami"),
    ("ga-atlanta", "GA", "Atlanta"),
    ("il-chicago", "IL", "Chicago"),
    ("ma-boston-cambridge", "MA", "Boston / Cambridge"),
    ("md-baltimore-city", "MD", "Baltimore City"),
    ("mi-ann-arbor", "MI", "Ann Arbor"),
    ("mn-minneapolis-st-paul", "MN", "Minneapolis / St. Paul"),
    ("mn-rochester", "MN", "Rochester"),
    ("mo-st-louis", "MO", "St. Louis"),
    ("nc-chapel-hill", "NC", "Chapel Hill"),
    ("nc-durham", "NC", "Durham"),
    ("ny-new-york-city", "NY", "New York City"),
    ("ny-rochester", "NY", "Rochester"),
    ("oh-cleveland", "OH", "Cleveland"),
    ("oh-columbus", "OH", "Columbus"),
    ("pa-philadelphia", "PA", "Philadelphia"),
    ("pa-pittsburgh", "PA", "Pittsburgh"),
    ("tn-nashville", "TN", "Nashville"),
    ("tx-dallas", "TX", "Dallas"),
    ("tx-houston", "TX", "Houston"),
    ("ut-salt-lake-city", "UT", "Salt Lake City"),
    ("va-charlottesville", "VA", "Charlottesville"),
    ("wa-seattle", "WA", "Seattle"),
    ("wi-madison", "WI", "Madison"),
]
UNIT = "USD per room-night (lodging) and per person-day (meals)"


def month_day(text):
    return datetime.strptime(text.strip() + " 2001", "%B %d %Y").strftime("%m-%d") if text.strip() else ""


def fiscal_year(argument):
    year, path = argument.split("=", 1)
    year = int(year)
    rows = list(csv.DictReader(open(path, newline="", encoding="utf-8")))
    return {"rows": rows, "source": f"gsa-per-diem-fy{year}",
            "valid_from": f"{year - 1}-10-01", "valid_to": f"{year}-09-30"}


def main(arguments):
    years = [fiscal_year(a) for a in arguments]
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["area", "state", "destination", "county", "season_begin", "season_end",
                  "lodging", "meals", "unit", "valid_from", "valid_to", "source_ids"])
    for fy in years:
        standard = next(r for r in fy["rows"] if not r["STATE"])
        out.writerow(["standard", "", "Standard CONUS rate", "all counties not listed", "", "",
                      standard["Lodging Rate"], standard["M&IE"], UNIT, fy["valid_from"], fy["valid_to"], fy["source"]])
    for area, state, destination in AREAS:
        for fy in years:
            found = [r for r in fy["rows"] if r["STATE"] == state and r["DESTINATION"] == destination]
            if not found:
                sys.exit(f"no GSA rows for {state} {destination} in {fy['source']}")
            for r in found:
                out.writerow([area, state, destination, r["COUNTY/LOCATION DEFINED"].strip(),
                              month_day(r["SEASON BEGIN"]), month_day(r["SEASON END"]),
                              r["Lodging Rate"], r["M&IE"], UNIT, fy["valid_from"], fy["valid_to"], fy["source"]])


if __name__ == "__main__":
    main(sys.argv[1:])
