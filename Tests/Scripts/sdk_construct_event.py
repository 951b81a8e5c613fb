#!/usr/bin/env python3
"""Checks one webhook delivery with the official Senfenico Python SDK.

Usage: sdk_construct_event.py HASH KEY_FILE < body

The body is passed to senfenico.Webhook.construct_event exactly as a web framework hands it
over (the raw request body, decoded as UTF-8), with the hash and the key, as an integrator's
handler would. Prints one JSON line: the event, the SDK's class for its object, the object's
reference, and whether the PHP SDK's rule (sha256 of the raw body + key) agrees.
Exit status: 0 accepted, 1 refused by the SDK (hash mismatch or unknown event), 2 usage.
"""
import hashlib
import json
import sys

import senfenico


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    webhook_hash, key_file = sys.argv[1], sys.argv[2]
    with open(key_file, encoding="utf-8") as handle:
        key = handle.read().strip()
    raw = sys.stdin.buffer.read()
    try:
        event = senfenico.Webhook.construct_event(raw.decode("utf-8"), webhook_hash, key)
    except Exception as error:  # the SDK raises ValueError or a bare Exception
        print(json.dumps({"accepted": False, "error": str(error)}))
        return 1
    php_hash = hashlib.sha256(raw + key.encode("utf-8")).hexdigest()
    print(json.dumps({
        "accepted": True,
        "event": event.event,
        "class": type(event.data).__name__,
        "reference": event.data.reference,
        "php_agrees": php_hash == webhook_hash,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
