"""The official Python SDK's Charge.list() against a sandbox: time and peak memory.

The SDK hard-codes https://api.senfenico.com; this script points `requests` at the sandbox
instead and otherwise runs the SDK's own code. Usage: python3 python_sdk_list.py BASE_URL KEY
"""
import resource
import sys
import time

import requests

base_url, key = sys.argv[1], sys.argv[2]
original = requests.Session.request


def to_sandbox(self, method, url, *args, **kwargs):
    return original(self, method, url.replace("https://api.senfenico.com", base_url), *args, **kwargs)


requests.Session.request = to_sandbox

import senfenico  # noqa: E402

senfenico.api_key = key
started = time.perf_counter()
result = senfenico.Charge.list()
elapsed = time.perf_counter() - started
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"decoder=python-sdk charges={len(result.data)} seconds={elapsed:.3f} peak_rss_mb={peak_mb:.1f}")
