"""A real SMTP server on loopback for the tests (aiosmtpd): each message it accepts is
written to DIR as JSON (recipients, subject, text), decoded as a mail client would.

usage: smtp_sink.py PORT DIR   (prints "ready"; stops when standard input closes)
"""
import email
import email.policy
import json
import os
import sys

from aiosmtpd.controller import Controller


class Sink:
    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        n = len(os.listdir(out))
        with open(os.path.join(out, "%04d.json" % n), "w", encoding="utf-8") as f:
            json.dump({
                "to": envelope.rcpt_tos,
                "from": envelope.mail_from,
                "subject": str(msg["subject"]),
                "text": msg.get_body(preferencelist=("plain",)).get_content(),
            }, f, ensure_ascii=False)
        return "250 OK"


port, out = int(sys.argv[1]), sys.argv[2]
controller = Controller(Sink(), hostname="127.0.0.1", port=port)
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
