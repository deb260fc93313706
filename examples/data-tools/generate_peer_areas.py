#!/usr/bin/env python3
"""Writes the ILLUSTRATIVE, SYNTHETIC peer areas bundled with the Townstal example.

These numbers are invented. Ten LSOA-like areas (placeholder codes of the right form), none of them
a partnership, give the Townstal report's funnel plots comparable areas to place the neighbourhood
among. Each area has its own steady level (some well above or below the others, as real areas are),
no change in 2009, and the columns of observations-illustrative.csv. The evaluation itself never
reads this file, so its figures do not depend on it. Deterministic: the same seed always writes the
same file.

Usage: python3 examples/data-tools/generate_peer_areas.py > \
  examples/src/main/resources/org/c2model/examples/townstal/peer-areas-illustrative.csv
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_townstal_observations import INDICATORS, poisson  # noqa: E402 (the same rates and sampler)

random.seed(20091201)

# area code: (population, level relative to the indicators' baseline rates)
AREAS = {
    "E01020160": (1500, 0.55),
    "E01020161": (1650, 0.80),
    "E01020162": (1800, 0.95),
    "E01020163": (1900, 1.00),
    "E01020164": (2000, 0.70),
    "E01020165": (2150, 1.10),
    "E01020166": (2300, 1.25),
    "E01020167": (2450, 0.85),
    "E01020168": (2600, 1.05),
    "E01020169": (2800, 1.45),
}

print("areaCode,indicator,period,numerator,denominator,vintage")
for year in range(2007, 2013):
    for month in range(1, 13):
        for area, (population, level) in AREAS.items():
            for indicator, (rate, _fall, _comparator_fall, _ramp) in INDICATORS.items():
                mean = rate * level * population / 1000
                print(f"{area},{indicator},{year}-{month:02d},{poisson(mean)},{population},lsoa-2011")
