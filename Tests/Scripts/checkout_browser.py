#!/usr/bin/env python3
"""Pays a Senfenico sandbox checkout in a real browser engine (headless Chromium via Selenium).

Opens the checkout's authorization_url, picks the operator, types the phone, optionally a
wrong OTP first (its error must show at the field), then the right OTP, and checks that the
browser lands on success_url. Every step is printed; the last line is `OK` or `FAIL: reason`.

Exit status: 0 paid and landed on success_url; 1 a check failed; 77 no browser here
(selenium, chromium or chromedriver missing), so the caller runs its form-post fallback.

Needs Debian's `chromium chromium-driver python3-selenium` (run it with /usr/bin/python3).
The browser and its driver are always ended before the script exits.
"""

import argparse
import shutil
import sys
import tempfile

SKIP = 77


def log(message):
    print(message, flush=True)


def find(names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the checkout's authorization_url")
    parser.add_argument("--success-url", required=True)
    parser.add_argument("--provider", default="orange_bf")
    parser.add_argument("--phone", default="76000000")
    parser.add_argument("--otp", default="123456")
    parser.add_argument("--wrong-otp", help="an OTP to try first; its error must show at the field")
    parser.add_argument("--amount", help="text the page must show, e.g. '18 692 F CFA'")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for each page")
    args = parser.parse_args()

    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as conditions
        from selenium.webdriver.support.ui import WebDriverWait
    except ImportError as error:
        log(f"SKIP: selenium is not installed ({error})")
        return SKIP
    browser = find(["chromium", "chromium-browser", "google-chrome"])
    driver_path = find(["chromedriver"])
    if not browser or not driver_path:
        log("SKIP: chromium or chromedriver is not installed")
        return SKIP

    profile = tempfile.mkdtemp(prefix="senfenico-checkout-browser-")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in [
        "--headless=new",
        # Root in a container has no user namespace sandbox; the page is our own loopback one.
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--lang=fr-FR",
        f"--user-data-dir={profile}",
    ]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})

    driver = None
    try:
        driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        wait = WebDriverWait(driver, args.timeout)

        log(f"open {args.url}")
        driver.get(args.url)
        wait.until(conditions.presence_of_element_located((By.ID, "phone")))
        body = driver.find_element(By.TAG_NAME, "body").text
        if args.amount and args.amount not in body:
            raise AssertionError(f"the page does not show {args.amount!r}: {body!r}")
        if "MODE TEST" not in body:
            raise AssertionError("the test-mode banner is missing")

        log(f"choose {args.provider}, phone {args.phone}")
        driver.find_element(By.ID, f"provider-{args.provider}").click()
        driver.find_element(By.ID, "phone").send_keys(args.phone)
        driver.find_element(By.ID, "pay").click()
        wait.until(conditions.presence_of_element_located((By.ID, "otp")))
        log("display_text: " + driver.find_element(By.ID, "display-text").text)

        if args.wrong_otp:
            log(f"type the wrong OTP {args.wrong_otp}")
            driver.find_element(By.ID, "otp").send_keys(args.wrong_otp)
            driver.find_element(By.ID, "confirm").click()
            error = wait.until(conditions.presence_of_element_located((By.ID, "otp-error")))
            log("field error: " + error.text)
            if driver.find_element(By.ID, "otp").get_attribute("aria-invalid") != "true":
                raise AssertionError("the OTP field is not marked invalid")

        log(f"type the OTP {args.otp}")
        field = driver.find_element(By.ID, "otp")
        field.clear()
        field.send_keys(args.otp)
        driver.find_element(By.ID, "confirm").click()
        wait.until(lambda d: d.current_url.startswith(args.success_url))
        log(f"landed on {driver.current_url}")
        log("OK")
        return 0
    except Exception as error:  # noqa: BLE001 - every failure is reported the same way
        where = driver.current_url if driver else "(no browser)"
        log(f"FAIL: {type(error).__name__}: {error} (at {where})")
        return 1
    finally:
        if driver is not None:
            driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
