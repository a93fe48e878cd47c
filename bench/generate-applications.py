#!/usr/bin/env python3
"""Writes SQL that adds N generated applications to the demo's open EVA call, in every status of the approval path,
each with its history, two languages and one choice, all naming `supervisor` as supervisor. For the benchmarks in
docs/performance.md, not for real use. Run it like generate-relationships.py (H2's RunScript on a file database
that holds the demo data).
"""
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
random.seed(7)
path = ["DRAFT", "SUBMITTED", "RELEASED", "CHECKED", "SHORTLISTED"]
print("set @call = (select min(id) from exchange_call);")
print("set @unit = (select id from org_unit where code = 'SENUVK');")
print("set @supervisor = (select id from account where username = 'supervisor');")
print("set @placement = (select min(id) from host_placement where call_id = @call and incoming = false);")
for i in range(1, count + 1):
    reached = random.randint(1, len(path))
    status = path[reached - 1]
    days = random.randint(0, 20)
    print("insert into exchange_application (call_id, applicant_id, applicant_name, applicant_email, home_unit_id, "
          "position_title, motivation, objectives, preferred_from, preferred_to, weeks, supervisor_id, status, "
          "status_since, submitted_at, created_at) values (@call, null, "
          f"'Bench Applicant {i:04d}', 'bench{i}@example.invalid', @unit, 'Referentin', 'Motivation {i}', "
          f"'Ziele {i}', current_date + 90, current_date + 173, 12, @supervisor, '{status}', "
          f"dateadd('DAY', -{days}, current_timestamp), current_timestamp, current_timestamp);")
    print("set @app = (select max(id) from exchange_application);")
    for language, level in (("fr", "B2"), ("en", "C1")):
        print(f"insert into application_language (application_id, language, level) values (@app, '{language}', "
              f"'{level}');")
    print("insert into application_choice (application_id, rank_no, placement_id) values (@app, 0, @placement);")
    previous = "null"
    for seq in range(1, reached + 1):
        to = path[seq - 1]
        print("insert into application_step (application_id, seq, from_status, to_status, actor_id, actor_name, "
              f"happened_at) values (@app, {seq}, {previous}, '{to}', null, 'Bench', current_timestamp);")
        previous = f"'{to}'"
