#!/usr/bin/env python3
"""Writes SQL that adds N generated, published city partnerships to a Jumelage database that already holds the
demo data (unit SKZL-EUI, focus areas). For the benchmarks in docs/performance.md, not for real use.

    python3 bench/generate-relationships.py 1000 > /tmp/bench.sql
    java -cp ~/.m2/repository/com/h2database/h2/<version>/h2-<version>.jar org.h2.tools.RunScript \
        -url "jdbc:h2:file:/tmp/bench/jumelage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -user sa -script /tmp/bench.sql
"""
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
random.seed(42)
countries = ["FR", "PL", "ES", "IT", "JP", "US", "BR", "KE", "IN", "AU", "CA", "MX", "NO", "TR", "ZA"]
focus = ["TRANSPORT", "CLIMATE", "ENVIRONMENT", "URBAN_DEVELOPMENT", "ECONOMY", "EDUCATION"]
print("set @unit = (select id from org_unit where code = 'SKZL-EUI');")
for i in range(1, count + 1):
    name = f"Benchstadt {i:04d}"
    slug = f"benchstadt-{i:04d}"
    lat = round(random.uniform(-50, 65), 4)
    lon = round(random.uniform(-170, 175), 4)
    year = random.randint(1960, 2024)
    print(f"insert into city (slug, name_de, name_en, country_code, latitude, longitude) values "
          f"('{slug}', '{name}', '{name}', '{random.choice(countries)}', {lat}, {lon});")
    print("set @city = (select id from city where slug = '" + slug + "');")
    print("insert into relationship (city_id, type, status, status_since_value, status_since_precision, "
          "first_instrument_value, first_instrument_precision, public_visible, created_at, created_by, updated_at, "
          f"updated_by) values (@city, 'CITY_PARTNERSHIP', 'ACTIVE', '{year}-01-01', 'YEAR', '{year}-01-01', 'YEAR', "
          "true, current_timestamp, 'bench', current_timestamp, 'bench');")
    print("set @rel = (select id from relationship where city_id = @city);")
    print("insert into status_change (relationship_id, status, valid_from_value, valid_from_precision, reason, "
          f"changed_by, changed_at) values (@rel, 'ACTIVE', '{year}-01-01', 'YEAR', 'Benchmark', 'bench', "
          "current_timestamp);")
    print("insert into instrument (relationship_id, kind, signed_value, signed_precision, place) values "
          f"(@rel, 'JOINT_DECLARATION', '{year}-01-01', 'YEAR', 'Berlin');")
    for code in random.sample(focus, 2):
        print(f"insert into relationship_focus (relationship_id, focus_code) values (@rel, '{code}');")
    print("insert into responsibility (relationship_id, unit_id, role) values (@rel, @unit, 'CLOSE_COOPERATION');")
