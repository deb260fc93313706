#!/usr/bin/env python3
"""Writes the ILLUSTRATIVE, SYNTHETIC indicator observations bundled with the Townstal example.

These numbers are invented. They only show the shape of a C2 evaluation (docs/c2-model.md section 5):
crime and anti-social behaviour start to fall within the first year after the partnership is
constituted (2 June 2009), A&E visits later and less, and a comparator estate changes little.
Deterministic: the same seed always writes the same file.

Usage: python3 examples/data-tools/generate_townstal_observations.py > \
  examples/src/main/resources/org/c2model/examples/townstal/observations-illustrative.csv
"""
import math
import random

random.seed(20090602)

AREAS = {  # area code: (population, neighbourhood)
    "E01020136": (2100, "townstal"),
    "E01020137": (1900, "townstal"),
    "E01020150": (2050, "comparator"),
    "E01020151": (1950, "comparator"),
}
# indicator: (monthly events per 1,000 people at baseline, fall reached in Townstal, fall in comparator, ramp months)
INDICATORS = {
    "asb-incidents": (7.0, 0.45, 0.08, 12),
    "criminal-damage": (3.0, 0.35, 0.05, 12),
    "burglary": (1.5, 0.30, 0.05, 12),
    "vehicle-crime": (1.0, 0.10, 0.05, 12),
    "ae-visits": (12.0, 0.12, 0.02, 36),
}
START_EFFECT = (2009, 6)


def poisson(lam):
    # Knuth's method: fine for the small means used here.
    threshold, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= random.random()
        if p <= threshold:
            return k
        k += 1


def months():
    for year in range(2007, 2013):
        for month in range(1, 13):
            yield year, month


def main():
    print("areaCode,indicator,period,numerator,denominator,vintage")
    for year, month in months():
        since = (year - START_EFFECT[0]) * 12 + (month - START_EFFECT[1])
        for area, (population, where) in AREAS.items():
            for indicator, (rate, fall, comparator_fall, ramp) in INDICATORS.items():
                reached = min(1.0, max(0.0, since / ramp)) if since >= 0 else 0.0
                drop = (fall if where == "townstal" else comparator_fall) * reached
                mean = rate * population / 1000 * (1 - drop)
                print(f"{area},{indicator},{year}-{month:02d},{poisson(mean)},{population},lsoa-2011")


if __name__ == "__main__":
    main()
