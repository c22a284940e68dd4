#!/usr/bin/env python3
"""Print data/zip_points.csv: each ZIP Code Tabulation Area's point and state.

Usage: scripts/zip_points.py ZCTA_POINTS.csv ZCTA_STATES.csv > data/zip_points.csv
e.g.   scripts/zip_points.py ../shared/reference/zcta/zcta_points_2023.csv \
                             ../shared/reference/zcta/zcta_state_2020.csv > data/zip_points.csv

ZCTA_POINTS is the Census 2023 Gazetteer's internal point of each ZCTA (zcta,lat,lon) and
ZCTA_STATES each ZCTA's state from the Census 2020 ZCTA-to-county relationship file
(zcta,state,other_states); the reference copies and how they were checked are in
../shared/reference/zcta/README.md. The points are kept as the Census wrote them. ZCTAs of the
territories the app has no figures for (American Samoa, Guam, the Northern Mariana Islands and
the U.S. Virgin Islands) are left out; Puerto Rico stays.
"""
import csv
import sys

LEFT_OUT = {"AS", "GU", "MP", "VI"}


def main(points_path, states_path):
    with open(states_path, newline="") as f:
        states = {row["zcta"]: row for row in csv.DictReader(f)}
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["zip", "lat", "lon", "state", "other_states"])
    with open(points_path, newline="") as f:
        for row in csv.DictReader(f):
            place = states[row["zcta"]]
            if place["state"] in LEFT_OUT:
                continue
            others = [s for s in place["other_states"].split(";") if s and s not in LEFT_OUT]
            out.writerow([row["zcta"], row["lat"], row["lon"], place["state"], ";".join(others)])


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
