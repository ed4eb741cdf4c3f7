#!/usr/bin/env python3
"""Writes src/app/example.json, the built-in "Try an example" dataset, then checks it.

    python3 scripts/make-example.py            # write and validate
    python3 scripts/make-example.py --check    # validate the existing file only

Deterministic and standard library only: every value is written out below (ids come from
uuid5 / sha256 of fixed names), so the same script always writes the same bytes.

The output is ONE JSON array of four complete Graph response bodies:

  1. GET /v1.0/communications/callRecords/{id}?$expand=sessions($expand=segments)
     A 47-minute Teams meeting (groupCall) on Tuesday 2026-03-17, organised by Abbie Wilkins.
  2. The same request for a six-minute peer-to-peer Teams call (Sofia Rahman -> Abbie Wilkins).
  3. GET /v1.0/communications/callRecords/getPstnCalls(fromDateTime=2026-03-17,toDateTime=2026-03-17)
  4. GET /v1.0/communications/callRecords/getDirectRoutingCalls(fromDateTime=2026-03-17,toDateTime=2026-03-18)

Field names, nesting and value styles copy Microsoft's published examples
(shared/corpus/graph-docs): 7-digit fractional seconds on call records, 3-digit on Direct
Routing rows, ISO 8601 durations ("PT0.041S"), loss and event ratios as 0-1 fractions,
averageVideoFrameLossPercentage as 0-100, averageAudioDegradation in MOS points, explicit nulls
where real payloads have them.

Layout: 1-space indent, with every object or array that holds only plain values (a stream, a
network, a device, an identity, a log row) on one line, so the file stays under 80 KB.

The story (what a first-time Teams admin should find):

  * Abbie Wilkins (organizer, Teams on Windows, wired office LAN) rates the meeting "poor"
    (Noisy + Interruptions). Her headset microphone clips (deviceClippingEventRatio 0.18).
  * Owen Franklin (Teams on Windows, home Wi-Fi 2.4 GHz 802.11n, channel 6, signal 32 %) hears
    the meeting badly: his INBOUND audio (calleeToCaller: conferencing server -> Owen) has 12.4 %
    loss and 41 ms jitter, and his inbound video runs at 5.6 fps. His client falls back to TCP
    through the relay (a second segment), then the connection drops ("midcall" failure). He
    rejoins 40.7 s later in a new session, closer to his router; that stream is Good under
    today's CQD rules but Poor under the pre-2022 rules (degradation 1.04, concealed 0.074).
    He rates the call "bad".
  * Cecilia Ortiz (Teams on macOS, 5 GHz Wi-Fi) sends camera video (h264, ~29.5 fps) and shares
    her screen (video-based screen sharing, h264s, ~4 fps). All good.
  * Dev Patel dials in from a phone (+1 425 555 0143). His session has two segments: the
    conference auto attendant (IVR, where he types the conference ID), then the conferencing
    server. PCMU audio, clean network, but noisy (the server reports receivedNoiseLevel -41 for
    his audio, against about -65 to -77 for everyone else). The getPstnCalls page has the
    matching conf_in row (same number, its start/end enclose his session).
  * "Room 4.12 – Teams Room" (Microsoft Teams Rooms on Windows, wired) sends video, and stays
    muted: its outbound audio has only 312 packets -> Unclassified.
  * Direct Routing: Abbie gets an inbound call at 15:22 while in the meeting and it is rejected
    "486 Busy Here" (busy-on-busy) - a row that falls inside the meeting.
"""

import base64
import datetime
import hashlib
import json
import os
import re
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "app", "example.json")

# ---------------------------------------------------------------------------------------------
# Ids, times, durations

NS = uuid.UUID("6f1c2b7e-5a44-4c1e-9d3b-0c0ffee05551")  # fixed namespace for every generated id


def gid(name):
    """A stable, fictitious GUID for a name."""
    return str(uuid.uuid5(NS, name))


def stream_id(name):
    """A numeric stream id like the examples' "1504545584" (10 digits, < 2^32)."""
    n = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)
    return str(1_000_000_000 + n % 3_294_967_295)


DAY = datetime.date(2026, 3, 17)  # a Tuesday
TICKS = 10_000_000  # 100 ns ticks per second (the 7 fractional digits of Graph's timestamps)


def tk(hms):
    """'15:00:04.3518172' -> ticks since midnight."""
    h, m, s = hms.split(":")
    whole, _, frac = s.partition(".")
    frac = (frac + "0000000")[:7]
    return ((int(h) * 60 + int(m)) * 60 + int(whole)) * TICKS + int(frac)


def iso(ticks, digits=7):
    """Ticks since midnight of DAY -> '2026-03-17T15:00:04.3518172Z' (digits 0, 3 or 7)."""
    day = DAY + datetime.timedelta(days=ticks // (86400 * TICKS))
    ticks %= 86400 * TICKS
    secs, frac = divmod(ticks, TICKS)
    h, rem = divmod(secs, 3600)
    m, s = divmod(rem, 60)
    text = f"{day.isoformat()}T{h:02d}:{m:02d}:{s:02d}"
    if digits:
        text += "." + f"{frac:07d}"[:digits]
    return text + "Z"


def at(hms, digits=7):
    return iso(tk(hms), digits)


def ms(value):
    """Milliseconds -> ISO 8601 duration, as Graph writes it: 41 -> 'PT0.041S', 180 -> 'PT0.18S'."""
    text = f"{value / 1000:.3f}".rstrip("0").rstrip(".")
    return f"PT{text}S"


# ---------------------------------------------------------------------------------------------
# People

TENANT = gid("tenant:contoso")
TEAMS_APP = "1fec8e78-bce4-4aaf-ab1b-5451cc387264"  # the Teams client's well-known (public) app id


def person(name, upn):
    return {"id": gid("user:" + upn), "displayName": name, "upn": upn}


ABBIE = person("Abbie Wilkins", "abbie.wilkins@contoso.com")
OWEN = person("Owen Franklin", "owen.franklin@contoso.com")
CECILIA = person("Cecilia Ortiz", "cecilia.ortiz@contoso.com")
ROOM = person("Room 4.12 – Teams Room", "room412@contoso.com")  # a resource account
SOFIA = person("Sofia Rahman", "sofia.rahman@contoso.com")
DEV_PHONE = "+14255550143"  # Dev Patel: a phone number only, no Entra user
CONF_NUMBER = "+14255550100"  # the tenant's audio-conferencing dial-in (service) number
CONF_ID = "615294837"

# Users who appear only in the PSTN / Direct Routing logs.
LEA = person("Léa Moreau", "lea.moreau@contoso.com")  # Paris, Calling Plan billed in EUR
PRIYA = person("Priya Nair", "priya.nair@contoso.com")
MARCUS = person("Marcus Lee", "marcus.lee@contoso.com")
JONAS = person("Jonas Berg", "jonas.berg@contoso.com")  # London office, on the London SBC
HANNAH = person("Hannah Kim", "hannah.kim@contoso.com")
TOMAS = person("Tomás Reyes", "tomas.reyes@contoso.com")

# Direct inward numbers (fictitious: NANP 555-01xx, UK Ofcom drama range, French ARCEP fiction range).
DID = {
    "abbie": "+12065550112", "owen": "+14255550121", "cecilia": "+14255550134", "sofia": "+12065550157",
    "lea": "+33199001247", "priya": "+12065550163", "marcus": "+14255550178", "jonas": "+442079460147",
    "hannah": "+12065550186", "tomas": "+14255550191",
}


def associated(p):
    """participantEndpoint.associatedIdentity (as in beta-list-sessions.json)."""
    return {"id": p["id"], "displayName": p["displayName"], "tenantId": TENANT, "userPrincipalName": p["upn"]}


def identity_set(p, typed=False):
    """The deprecated participantEndpoint.identity (identitySet), still sent in March 2026."""
    out = {"@odata.type": "#microsoft.graph.identitySet"} if typed else {}
    out["user"] = {"id": p["id"], "displayName": p["displayName"], "tenantId": TENANT}
    return out


def phone_identity_set(number, typed=False):
    out = {"@odata.type": "#microsoft.graph.identitySet"} if typed else {}
    out.update({"user": None, "phone": {"id": number, "displayName": None, "tenantId": None}})
    return out


def participant_v2(p):
    """A participants_v2 item, in the style of v1.0-list-participants_v2.json."""
    return {
        "id": p["id"],
        "identity": {
            "acsUser": None, "spoolUser": None, "phone": None,
            "user": {
                "@odata.type": "#microsoft.graph.userIdentity",
                "id": p["id"], "displayName": p["displayName"], "tenantId": TENANT, "userPrincipalName": p["upn"],
            },
        },
    }


def phone_participant_v2(number):
    """A phone participant, as the v1.0 list-callRecords example shows one (id = the number)."""
    return {
        "id": number,
        "identity": {"user": None, "acsUser": None, "spoolUser": None,
                     "phone": {"id": number, "displayName": None, "tenantId": None}},
    }


# ---------------------------------------------------------------------------------------------
# Endpoints

def client_ua(platform, header):
    ua = {
        "@odata.type": "#microsoft.graph.callRecords.clientUserAgent",
        "headerValue": header,
        "platform": platform,
        "productFamily": "teams",
    }
    if platform != "roomSystem":  # the Teams Rooms app id is not documented: leave it out
        ua["azureADAppId"] = TEAMS_APP
    return ua


CLIENT = {
    "abbie": dict(name="CONTOSO-LT-0417", cpuName="Intel(R) Core(TM) Ultra 7 165U", cpuCoresCount=12, cpuProcessorSpeedInMhz=2688,
                  ua=client_ua("windows", "Microsoft Teams/26043.1210.4410.2306 (Windows NT 10.0.26100)")),
    "owen": dict(name="CONTOSO-LT-0872", cpuName="Intel(R) Core(TM) i5-1145G7 @ 2.60GHz", cpuCoresCount=4, cpuProcessorSpeedInMhz=2611,
                 ua=client_ua("windows", "Microsoft Teams/26043.1210.4410.2306 (Windows NT 10.0.22631)")),
    "cecilia": dict(name="Cecilias-MacBook-Pro", cpuName="Apple M3 Pro", cpuCoresCount=12, cpuProcessorSpeedInMhz=4056,
                    ua=client_ua("macOS", "Microsoft Teams/26043.1210.4410.2306 (Macintosh; Intel Mac OS X 15_3)")),
    "room": dict(name="MTR-RM412", cpuName="Intel(R) Core(TM) i5-10500T CPU @ 2.30GHz", cpuCoresCount=6, cpuProcessorSpeedInMhz=2304,
                 ua=client_ua("roomSystem", "Microsoft Teams Rooms/5.4.38.0 (Windows NT 10.0.22631)")),
    "sofia": dict(name="Sofias-iPhone", cpuName="Apple A17 Pro", cpuCoresCount=6, cpuProcessorSpeedInMhz=3780,
                  ua=client_ua("iOS", "TeamsMobile-iOS/7.3.1 (iPhone16,1; iOS 26.3)")),
}
PEOPLE = {"abbie": ABBIE, "owen": OWEN, "cecilia": CECILIA, "room": ROOM, "sofia": SOFIA}


def participant(key, session_level, feedback=None):
    """A participantEndpoint for a Teams client. Session-level endpoints carry feedback and a typed
    deprecated identity set, as in v1.0-get-callrecord-expanded-legacy.json."""
    c, p = CLIENT[key], PEOPLE[key]
    out = {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "name": c["name"],
        "cpuName": c["cpuName"],
        "cpuCoresCount": c["cpuCoresCount"],
        "cpuProcessorSpeedInMhz": c["cpuProcessorSpeedInMhz"],
        "userAgent": c["ua"],
    }
    if session_level:  # the deprecated identity set: on session endpoints only, to keep the file small
        out["identity"] = identity_set(p, typed=True)
    out["associatedIdentity"] = associated(p)
    if session_level and feedback:
        out["feedback"] = feedback
    return out


# Dev Patel's phone. A PSTN caller has no Teams client, so there is no clientUserAgent, platform,
# machine name or CPU. The SIP user agent Teams sees for the phone leg is Microsoft's PSTN hub
# (its SIP "Server" header reads "Microsoft.PSTNHub.SIPProxy v.<build> i.<region>.<n>" in SBC
# traces), so the phone's endpoint carries a serviceUserAgent with role "gateway". The
# alternative, "audioTeleconferencerController", names the Skype for Business dial-in
# conferencing controller on the conference side, not the phone; the repository's synthetic
# generator (src/synth.rs) makes the same choice: phone = gateway UA.
# Graph documents no example of a PSTN participant endpoint, so this is a modelling choice.
def phone_endpoint(session_level):
    out = {
        "@odata.type": "#microsoft.graph.callRecords.participantEndpoint",
        "userAgent": {
            "@odata.type": "#microsoft.graph.callRecords.serviceUserAgent",
            "headerValue": "Microsoft.PSTNHub.SIPProxy v.2026.3.5.2 i.USWE.4",
            "role": "gateway",
        },
    }
    if session_level:
        out["identity"] = phone_identity_set(DEV_PHONE, typed=True)
    out["associatedIdentity"] = {"id": DEV_PHONE, "displayName": None, "tenantId": None}
    return out


SERVICE_UA = {
    "skypeForBusinessAudioVideoMcu": "Microsoft.Skype.MCU/2026.3.9.2 (AVMCU)",
    "conferencingAttendant": "Microsoft.Skype.ConferenceAutoAttendant/2026.3.2.1",
}


def service(role):
    return {
        "@odata.type": "#microsoft.graph.callRecords.serviceEndpoint",
        "userAgent": {
            "@odata.type": "#microsoft.graph.callRecords.serviceUserAgent",
            "headerValue": SERVICE_UA[role],
            "role": role,
        },
    }


TOKENS = ["NoSound", "OtherNoSound", "Echo", "Noisy", "LowVolume", "Stopped", "DistortedSound", "Interruptions"]


def feedback(rating, text, *true_tokens):
    return {"rating": rating, "text": text, "tokens": {t: t in true_tokens for t in TOKENS}}


# ---------------------------------------------------------------------------------------------
# Networks

MCU_IP = "52.115.97.143"  # the meeting's conferencing server (Microsoft Teams media range)
CAA_IP = "52.115.60.21"  # conference auto attendant (IVR)
PSTN_HUB_IP = "52.112.198.40"  # Microsoft PSTN hub media processor
OFFICE_NAT = "203.0.113.24"  # Contoso Seattle office egress (TEST-NET-3)


def wired(ip, subnet, port, relay, relay_port=3478, mac=None, nat=OFFICE_NAT, **extra):
    out = {
        "connectionType": "wired",
        "networkTransportProtocol": "udp",
        "ipAddress": ip,
        "subnet": subnet,
        "port": port,
        "reflexiveIPAddress": nat,
        "relayIPAddress": relay,
        "relayPort": relay_port,
        "macAddress": mac,
        "linkSpeed": 1000000000,
        "dnsSuffix": "corp.contoso.com",
        "sentQualityEventRatio": 0,
        "receivedQualityEventRatio": 0,
        "delayEventRatio": 0,
        "bandwidthLowEventRatio": 0,
    }
    out.update(extra)
    return out


def server_net(ip, port):
    """The conferencing side: its own media address, no relay, no quality events (sparse, as servers report)."""
    return {
        "connectionType": "wired",
        "networkTransportProtocol": "udp",
        "ipAddress": ip,
        "subnet": ip.rsplit(".", 1)[0] + ".0",
        "port": port,
        "reflexiveIPAddress": ip,
        "linkSpeed": 10000000000,
    }


def abbie_net(port, relay="52.114.188.41"):
    return wired("10.20.14.37", "10.20.14.0", port, relay, mac="00-00-5E-00-53-17")


def room_net(port):
    return wired("10.20.30.15", "10.20.30.0", port, "52.114.188.44", mac="00-00-5E-00-53-41")


def owen_wifi(port, signal, transport="udp", relay_port=3478, ratios=(0, 0, 0, 0), hops=None):
    sent, received, delay, bw = ratios
    out = {
        "connectionType": "wifi",
        "networkTransportProtocol": transport,
        "ipAddress": "192.168.1.23",
        "subnet": "192.168.1.0",
        "port": port,
        "reflexiveIPAddress": "198.51.100.77",
        "relayIPAddress": "52.114.190.15",
        "relayPort": relay_port,
        "macAddress": "00-00-5E-00-53-A7",
        "linkSpeed": 72200000 if signal < 50 else 144400000,
        "dnsSuffix": None,
        "basicServiceSetIdentifier": "00-00-5E-00-53-B1",
        "wifiBand": "frequency24GHz",
        "wifiRadioType": "wifi80211n",
        "wifiChannel": 6,
        "wifiSignalStrength": signal,
        "wifiBatteryCharge": 64,
        "wifiMicrosoftDriver": "Microsoft",
        "wifiMicrosoftDriverVersion": "10.0.22621.3527",
        "wifiVendorDriver": "Intel(R) Wi-Fi 6 AX201 160MHz",
        "wifiVendorDriverVersion": "23.60.1.2",
        "sentQualityEventRatio": sent,
        "receivedQualityEventRatio": received,
        "delayEventRatio": delay,
        "bandwidthLowEventRatio": bw,
    }
    if hops:
        out["traceRouteHops"] = [
            {"hopCount": i + 1, "ipAddress": ip, "roundTripTime": ms(rtt)} for i, (ip, rtt) in enumerate(hops)
        ]
    return out


def cecilia_wifi(port):
    return {
        "connectionType": "wifi",
        "networkTransportProtocol": "udp",
        "ipAddress": "192.168.50.112",
        "subnet": "192.168.50.0",
        "port": port,
        "reflexiveIPAddress": "198.51.100.142",
        "relayIPAddress": "52.114.188.57",
        "relayPort": 3478,
        "macAddress": "00-00-5E-00-53-C3",
        "linkSpeed": 1201000000,
        "dnsSuffix": None,
        "basicServiceSetIdentifier": "00-00-5E-00-53-D4",
        "wifiBand": "frequency50GHz",
        "wifiRadioType": "wifi80211ax",
        "wifiChannel": 44,
        "wifiSignalStrength": 88,
        "sentQualityEventRatio": 0,
        "receivedQualityEventRatio": 0.01,
        "delayEventRatio": 0,
        "bandwidthLowEventRatio": 0,
    }


def sofia_mobile(port):
    return {
        "connectionType": "mobile",
        "networkTransportProtocol": "udp",
        "ipAddress": "100.87.12.54",
        "subnet": "100.87.12.0",
        "port": port,
        "reflexiveIPAddress": "198.51.100.203",
        "relayIPAddress": "52.114.177.88",
        "relayPort": 3478,
        "macAddress": None,
        "linkSpeed": None,
        "dnsSuffix": None,
        "sentQualityEventRatio": 0.02,
        "receivedQualityEventRatio": 0,
        "delayEventRatio": 0.01,
        "bandwidthLowEventRatio": 0,
    }


def pstn_net(port):
    return {
        "connectionType": "wired",
        "networkTransportProtocol": "udp",
        "ipAddress": PSTN_HUB_IP,
        "subnet": "52.112.198.0",
        "port": port,
        "reflexiveIPAddress": PSTN_HUB_IP,
        "relayIPAddress": None,
        "relayPort": None,
        "dnsSuffix": None,
    }


# ---------------------------------------------------------------------------------------------
# Devices

def audio_device(capture, capture_driver, render, render_driver, *, sent=(-22, -70), received=(-20, -72), rms=None,
                 clipping=0, glitch=0, low_speech=0, low_snr=0, mic_glitch=0, speaker_glitch=0, mute=0, cpu=0, zero_volume=0):
    return {
        "captureDeviceName": capture,
        "captureDeviceDriver": capture_driver,
        "renderDeviceName": render,
        "renderDeviceDriver": render_driver,
        "sentSignalLevel": sent[0],
        "sentNoiseLevel": sent[1],
        "receivedSignalLevel": received[0],
        "receivedNoiseLevel": received[1],
        "initialSignalLevelRootMeanSquare": rms,
        "captureNotFunctioningEventRatio": 0,
        "renderNotFunctioningEventRatio": 0,
        "cpuInsufficentEventRatio": cpu,
        "deviceClippingEventRatio": clipping,
        "deviceGlitchEventRatio": glitch,
        "lowSpeechLevelEventRatio": low_speech,
        "lowSpeechToNoiseEventRatio": low_snr,
        "renderMuteEventRatio": mute,
        "renderZeroVolumeEventRatio": zero_volume,
        "howlingEventCount": 0,
        "micGlitchRate": mic_glitch,
        "speakerGlitchRate": speaker_glitch,
    }


def camera(name, driver):
    return {"captureDeviceName": name, "captureDeviceDriver": driver, "renderDeviceName": None, "renderDeviceDriver": None}


def server_device(received):
    """What the conferencing server reports: only the levels of the audio it receives."""
    return {"receivedSignalLevel": received[0], "receivedNoiseLevel": received[1]}


JABRA = ("Microphone (Jabra Evolve2 65)", "Microsoft: 10.0.26100.1", "Headphones (Jabra Evolve2 65)", "Microsoft: 10.0.26100.1")
OWEN_AUDIO = ("Microphone Array (Realtek(R) Audio)", "Realtek Semiconductor Corp.: 6.0.9549.1",
              "Headphones (Poly Voyager Free 60)", "Microsoft: 10.0.22621.1")
MAC_AUDIO = ("MacBook Pro Microphone", "Apple: 15.3", "MacBook Pro Speakers", "Apple: 15.3")
ROOM_AUDIO = ("Echo Cancelling Speakerphone (Poly Studio R30)", "Microsoft: 10.0.22621.2506",
              "Echo Cancelling Speakerphone (Poly Studio R30)", "Microsoft: 10.0.22621.2506")
IPHONE_AUDIO = ("iPhone Microphone", None, "iPhone Receiver", None)


# Glitch rates are 0 (Microsoft: "for good quality this should be less than one per five minutes"),
# so the only device problem in the dataset is Abbie's clipping microphone.
def abbie_device():
    # Hot microphone gain: -6 dB average speech level and clipping 18 % of the call.
    return audio_device(*JABRA, sent=(-6, -58), received=(-19, -71), rms=412.7, clipping=0.18, glitch=0.002,
                        low_snr=0.01, mic_glitch=0, speaker_glitch=0)


# ---------------------------------------------------------------------------------------------
# Streams

def audio(name, direction, codec, *, deg, jitter, max_jitter, loss, max_loss, conc, max_conc, rtt, max_rtt, packets,
          bw, net_jitter, max_net_jitter, fec, times=None):
    s = {"streamId": stream_id(name), "streamDirection": direction}
    if times:  # "Only available for streams that use the SIP protocol"
        s["startDateTime"], s["endDateTime"] = times
    s.update({
        "audioCodec": codec,
        "averageAudioDegradation": deg,
        "averageJitter": ms(jitter),
        "maxJitter": ms(max_jitter),
        "averagePacketLossRate": loss,
        "maxPacketLossRate": max_loss,
        "averageRatioOfConcealedSamples": conc,
        "maxRatioOfConcealedSamples": max_conc,
        "averageRoundTripTime": ms(rtt),
        "maxRoundTripTime": ms(max_rtt),
        "packetUtilization": packets,
        "averageBandwidthEstimate": bw,
        "wasMediaBypassed": False,
        "averageAudioNetworkJitter": ms(net_jitter),
        "maxAudioNetworkJitter": ms(max_net_jitter),
        "rmsFreezeDuration": None,
        "averageFreezeDuration": None,
        "isAudioForwardErrorCorrectionUsed": fec,
    })
    return s


def video(name, direction, codec, *, jitter, max_jitter, loss, max_loss, rtt, max_rtt, packets, bw, fps, received_fps,
          frame_loss, video_loss, post_fec, low_fps, low_proc, freeze=None, rms_freeze=None):
    return {
        "streamId": stream_id(name),
        "streamDirection": direction,
        "videoCodec": codec,
        "averageAudioDegradation": None,
        "averageJitter": ms(jitter),
        "maxJitter": ms(max_jitter),
        "averagePacketLossRate": loss,
        "maxPacketLossRate": max_loss,
        "averageRoundTripTime": ms(rtt),
        "maxRoundTripTime": ms(max_rtt),
        "packetUtilization": packets,
        "averageBandwidthEstimate": bw,
        "wasMediaBypassed": False,
        "averageVideoFrameRate": fps,
        "averageReceivedFrameRate": received_fps,
        "averageVideoFrameLossPercentage": frame_loss,
        "averageVideoPacketLossRate": video_loss,
        "postForwardErrorCorrectionPacketLossRate": post_fec,
        "lowFrameRateRatio": low_fps,
        "lowVideoProcessingCapabilityRatio": low_proc,
        "averageFreezeDuration": None if freeze is None else ms(freeze),
        "rmsFreezeDuration": None if rms_freeze is None else ms(rms_freeze),
    }


AUDIO_ONLY_NET = ("sentQualityEventRatio", "receivedQualityEventRatio", "delayEventRatio", "bandwidthLowEventRatio")


def media(label, caller_net, callee_net, caller_dev, callee_dev, streams):
    if label != "main-audio":
        # The network event ratios describe audio ("poor received/sent audio"): audio media only.
        caller_net = {k: v for k, v in caller_net.items() if k not in AUDIO_ONLY_NET}
        callee_net = {k: v for k, v in callee_net.items() if k not in AUDIO_ONLY_NET}
    out = {"label": label, "callerNetwork": caller_net, "calleeNetwork": callee_net}
    if caller_dev is not None:
        out["callerDevice"] = caller_dev
    if callee_dev is not None:
        out["calleeDevice"] = callee_dev
    out["streams"] = streams
    return out


# Good-quality templates (wired / good Wi-Fi), measured by the receiver.
def good_up(name, codec, packets, bw, jitter=4, rtt=34, loss=0.0008, deg=None, conc=None):
    """Client -> conferencing server audio (callerToCallee), measured by the server."""
    return audio(name, "callerToCallee", codec, deg=deg, jitter=jitter, max_jitter=jitter * 3 + 2, loss=loss,
                 max_loss=round(loss * 9, 4), conc=conc, max_conc=None if conc is None else round(conc * 4, 4),
                 rtt=rtt, max_rtt=rtt * 2 + 5, packets=packets, bw=bw, net_jitter=jitter + 1,
                 max_net_jitter=jitter * 3 + 4, fec=False)


def good_down(name, codec, packets, bw, jitter=3, rtt=34, loss=0.0011, deg=0.21, conc=0.006):
    """Conferencing server -> client audio (calleeToCaller), measured by the client."""
    return audio(name, "calleeToCaller", codec, deg=deg, jitter=jitter, max_jitter=jitter * 3 + 3, loss=loss,
                 max_loss=round(loss * 8, 4), conc=conc, max_conc=round(conc * 5, 4), rtt=rtt, max_rtt=rtt * 2 + 7,
                 packets=packets, bw=bw, net_jitter=jitter + 1, max_net_jitter=jitter * 3 + 5, fec=False)


# ---------------------------------------------------------------------------------------------
# 1. The meeting

MEETING = gid("callRecord:meeting")
P2P = gid("callRecord:p2p")
G = "https://graph.microsoft.com/v1.0/$metadata#communications/callRecords"


def session(key, start, end, modalities, caller, callee, segments, failure=None):
    s = {
        "id": gid("session:" + key),
        "modalities": modalities,
        "startDateTime": at(start),
        "endDateTime": at(end),
        "isTest": False,
        "caller": caller,
        "callee": callee,
    }
    if failure:
        s["failureInfo"] = failure
    s["segments"] = segments
    return s


def segment(key, start, end, caller, callee, media_list, failure=None):
    s = {"id": gid("segment:" + key), "startDateTime": at(start), "endDateTime": at(end), "caller": caller, "callee": callee}
    if failure:
        s["failureInfo"] = failure
    s["media"] = media_list
    return s


MCU = service("skypeForBusinessAudioVideoMcu")
CAA = service("conferencingAttendant")

ABBIE_FEEDBACK = feedback("poor", "Lots of background noise from the dial-in caller, and Owen kept dropping out.",
                          "Noisy", "Interruptions")
OWEN_FEEDBACK = feedback("bad", "Everyone sounded robotic and the call dropped. Had to rejoin.",
                         "DistortedSound", "Interruptions")
# Graph's failureInfo.reason is free text ("classification of why a call or portion failed"); real
# records often leave it empty (microsoftgraph/microsoft-graph-docs#11584, where the admin center
# showed CallEndReasonMediaError for the same kind of drop).
DROP = {"stage": "midcall", "reason": "Media connectivity lost: no media received from the conferencing server for 30 seconds"}

# -- Abbie Wilkins: organizer, wired, audio + camera + receives the screen share. 15:00:04 -> 15:47:12 (last to leave)
abbie_session = session(
    "abbie", "15:00:04.3518172", "15:47:12.9034417", ["audio", "video", "videoBasedScreenSharing"],
    participant("abbie", True, ABBIE_FEEDBACK), MCU,
    [segment("abbie", "15:00:04.3518172", "15:47:12.9034417", participant("abbie", False), MCU, [
        media("main-audio", abbie_net(50012), server_net(MCU_IP, 50612), abbie_device(), server_device((-4, -61)), [
            good_up("abbie-up", "satin", 104_617, 48_213_117, jitter=4, rtt=31, loss=0.0006),
            good_down("abbie-down", "satin", 138_244, 52_904_331, jitter=3, rtt=32, loss=0.0012, deg=0.21, conc=0.006),
        ]),
        media("main-video", abbie_net(50014), server_net(MCU_IP, 50614), camera("Integrated Camera", "Microsoft: 10.0.26100.1"), None, [
            video("abbie-video-up", "callerToCallee", "h264", jitter=5, max_jitter=19, loss=0.0004, max_loss=0.006, rtt=32,
                  max_rtt=71, packets=297_512, bw=48_213_117, fps=29.1, received_fps=None, frame_loss=0.6,
                  video_loss=0.0004, post_fec=0.0001, low_fps=0.01, low_proc=0),
            video("abbie-video-down", "calleeToCaller", "h264", jitter=4, max_jitter=16, loss=0.0009, max_loss=0.011,
                  rtt=32, max_rtt=74, packets=351_870, bw=52_904_331, fps=28.6, received_fps=28.4, frame_loss=0.9,
                  video_loss=0.0009, post_fec=0.0002, low_fps=0.02, low_proc=0, freeze=110, rms_freeze=160),
        ]),
        media("applicationsharing-video", abbie_net(50016), server_net(MCU_IP, 50616), None, None, [
            video("abbie-share-down", "calleeToCaller", "h264s", jitter=3, max_jitter=12, loss=0.0005, max_loss=0.004,
                  rtt=33, max_rtt=69, packets=15_384, bw=52_904_331, fps=4.0, received_fps=4.0, frame_loss=0.3,
                  video_loss=0.0005, post_fec=0.0001, low_fps=0.94, low_proc=0),
        ]),
    ])],
)

# -- Room 4.12: Teams Room, wired, camera on, microphone muted (312 packets -> Unclassified). 15:00:09 -> 15:44:40
room_session = session(
    "room", "15:00:09.8841630", "15:44:40.2270915", ["audio", "video", "videoBasedScreenSharing"],
    participant("room", True), MCU,
    [segment("room", "15:00:09.8841630", "15:44:40.2270915", participant("room", False), MCU, [
        media("main-audio", room_net(50110), server_net(MCU_IP, 50640),
              audio_device(*ROOM_AUDIO, sent=(-47, -74), received=(-17, -70), rms=38.4, mic_glitch=0, speaker_glitch=0,
                           low_speech=0.02),
              server_device((-45, -77)), [
            # Muted for almost the whole meeting: ~6 s of speech. Real data has nulls here.
            audio("room-up", "callerToCallee", "satin", deg=None, jitter=3, max_jitter=8, loss=0, max_loss=0, conc=None,
                  max_conc=None, rtt=29, max_rtt=41, packets=312, bw=91_406_552, net_jitter=4, max_net_jitter=9, fec=False),
            good_down("room-down", "satin", 130_962, 92_411_870, jitter=2, rtt=28, loss=0.0004, deg=0.08, conc=0.003),
        ]),
        media("main-video", room_net(50112), server_net(MCU_IP, 50642), camera("Poly Studio E70", "Microsoft: 10.0.22621.2506"), None, [
            video("room-video-up", "callerToCallee", "h264", jitter=3, max_jitter=11, loss=0.0002, max_loss=0.003, rtt=29,
                  max_rtt=44, packets=402_118, bw=91_406_552, fps=29.8, received_fps=None, frame_loss=0.2,
                  video_loss=0.0002, post_fec=0, low_fps=0, low_proc=0),
            video("room-video-down", "calleeToCaller", "h264", jitter=3, max_jitter=10, loss=0.0003, max_loss=0.004,
                  rtt=28, max_rtt=43, packets=366_205, bw=92_411_870, fps=29.3, received_fps=29.2, frame_loss=0.3,
                  video_loss=0.0003, post_fec=0, low_fps=0.01, low_proc=0, freeze=60, rms_freeze=80),
        ]),
        media("applicationsharing-video", room_net(50114), server_net(MCU_IP, 50644), None, None, [
            video("room-share-down", "calleeToCaller", "h264s", jitter=2, max_jitter=9, loss=0.0003, max_loss=0.002,
                  rtt=28, max_rtt=40, packets=15_391, bw=92_411_870, fps=3.9, received_fps=3.9, frame_loss=0.2,
                  video_loss=0.0003, post_fec=0, low_fps=0.95, low_proc=0),
        ]),
    ])],
)

# -- Cecilia Ortiz: macOS, 5 GHz Wi-Fi, camera + screen sharing (15:21:05 -> 15:38:40), all good. 15:00:31 -> 15:45:58
cecilia_session = session(
    "cecilia", "15:00:31.0479913", "15:45:58.6610274", ["audio", "video", "videoBasedScreenSharing"],
    participant("cecilia", True), MCU,
    [segment("cecilia", "15:00:31.0479913", "15:45:58.6610274", participant("cecilia", False), MCU, [
        media("main-audio", cecilia_wifi(52210), server_net(MCU_IP, 50622),
              audio_device(*MAC_AUDIO, sent=(-24, -68), received=(-21, -73), rms=96.2, mic_glitch=0, speaker_glitch=0,
                           low_snr=0.02),
              server_device((-25, -69)), [
            good_up("cecilia-up", "opus", 93_880, 31_557_208, jitter=7, rtt=48, loss=0.0031, deg=0.12, conc=0.008),
            good_down("cecilia-down", "opus", 133_407, 29_874_106, jitter=9, rtt=52, loss=0.0042, deg=0.27, conc=0.011),
        ]),
        media("main-video", cecilia_wifi(52212), server_net(MCU_IP, 50624), camera("FaceTime HD Camera", "Apple: 15.3"), None, [
            video("cecilia-video-up", "callerToCallee", "h264", jitter=8, max_jitter=27, loss=0.0027, max_loss=0.019, rtt=49,
                  max_rtt=118, packets=289_544, bw=31_557_208, fps=29.5, received_fps=None, frame_loss=1.4,
                  video_loss=0.0027, post_fec=0.0006, low_fps=0.02, low_proc=0),
            video("cecilia-video-down", "calleeToCaller", "h264", jitter=9, max_jitter=31, loss=0.0039, max_loss=0.024,
                  rtt=51, max_rtt=125, packets=344_071, bw=29_874_106, fps=28.7, received_fps=28.5, frame_loss=2.1,
                  video_loss=0.0039, post_fec=0.0009, low_fps=0.03, low_proc=0, freeze=180, rms_freeze=260),
        ]),
        media("applicationsharing-video", cecilia_wifi(52214), server_net(MCU_IP, 50626), None, None, [
            # Video-based screen sharing: a low frame rate is normal (slides change rarely).
            video("cecilia-share-up", "callerToCallee", "h264s", jitter=7, max_jitter=24, loss=0.0021, max_loss=0.012,
                  rtt=49, max_rtt=110, packets=15_842, bw=31_557_208, fps=4.1, received_fps=None, frame_loss=0.4,
                  video_loss=0.0021, post_fec=0.0003, low_fps=0.93, low_proc=0),
        ]),
    ])],
)

# -- Owen Franklin, first session: weak 2.4 GHz Wi-Fi. Poor inbound audio and video, TCP fallback, drop.
OWEN_HOPS = [("192.168.1.1", 87), ("100.64.0.1", 96), ("198.51.100.1", 101), ("104.44.21.30", 108), ("52.114.190.15", 112)]
owen_a = session(
    "owen-1", "15:01:12.6203381", "15:19:43.2107756", ["audio", "video"],
    participant("owen", True), MCU,
    [
        segment("owen-1a", "15:01:12.6203381", "15:18:51.0934410", participant("owen", False), MCU, [
            media("main-audio", owen_wifi(50034, 32, ratios=(0.03, 0.38, 0.21, 0.11), hops=OWEN_HOPS), server_net(MCU_IP, 50630),
                  audio_device(*OWEN_AUDIO, sent=(-27, -63), received=(-23, -66), rms=84.9, mic_glitch=0, speaker_glitch=0,
                               low_snr=0.04, cpu=0.01),
                  server_device((-28, -64)), [
                # Owen -> server: fine.
                audio("owen-1a-up", "callerToCallee", "satin", deg=None, jitter=11, max_jitter=29, loss=0.0064,
                      max_loss=0.041, conc=None, max_conc=None, rtt=176, max_rtt=342, packets=31_288, bw=1_184_552,
                      net_jitter=13, max_net_jitter=38, fec=True),
                # Server -> Owen: the poor one (loss 12.4 % > 10 %, jitter 41 ms > 30 ms, 48,612 packets > 500).
                audio("owen-1a-down", "calleeToCaller", "satin", deg=2.38, jitter=41, max_jitter=118, loss=0.124,
                      max_loss=0.31, conc=0.162, max_conc=0.41, rtt=180, max_rtt=377, packets=48_612, bw=1_184_552,
                      net_jitter=47, max_net_jitter=112, fec=True),
            ]),
            media("main-video", owen_wifi(50036, 32, ratios=(0.03, 0.38, 0.21, 0.11)), server_net(MCU_IP, 50632), None, None, [
                # Receive-only (his camera is off). Frame loss not reported, so the frame rate decides: 5.6 fps < 7.
                video("owen-1a-video-down", "calleeToCaller", "h264", jitter=44, max_jitter=131, loss=0.097, max_loss=0.28,
                      rtt=182, max_rtt=381, packets=41_377, bw=1_184_552, fps=5.6, received_fps=6.1, frame_loss=None,
                      video_loss=0.094, post_fec=0.052, low_fps=0.71, low_proc=0.03, freeze=1840, rms_freeze=2970),
            ]),
        ]),
        # UDP to the relay stopped working; the client reconnected over TCP 443 and the call dropped 52 s later.
        segment("owen-1b", "15:18:51.0934410", "15:19:43.2107756", participant("owen", False), MCU, [
            media("main-audio", owen_wifi(50211, 21, transport="tcp", relay_port=443, ratios=(0.41, 0.92, 0.88, 0.64)),
                  server_net(MCU_IP, 50634),
                  audio_device(*OWEN_AUDIO, sent=(-29, -62), received=(-31, -60), rms=80.3, mic_glitch=0, speaker_glitch=0,
                               low_snr=0.03, cpu=0.02),
                  server_device((-30, -63)), [
                # Only 388 packets (he was mostly listening): Unclassified, although the round trip is 640 ms.
                audio("owen-1b-up", "callerToCallee", "satin", deg=None, jitter=24, max_jitter=77, loss=0.058, max_loss=0.19,
                      conc=None, max_conc=None, rtt=640, max_rtt=1210, packets=388, bw=212_807, net_jitter=27,
                      max_net_jitter=85, fec=True),
                audio("owen-1b-down", "calleeToCaller", "satin", deg=3.12, jitter=63, max_jitter=214, loss=0.213, max_loss=0.47,
                      conc=0.287, max_conc=0.63, rtt=652, max_rtt=1250, packets=1_742, bw=212_807, net_jitter=71,
                      max_net_jitter=236, fec=True),
            ]),
        ], failure=DROP),
    ],
    failure=DROP,
)

# -- Owen Franklin, second session 40.7 s later, next to his router; incoming video turned off.
owen_b = session(
    "owen-2", "15:20:23.9155028", "15:46:31.4780662", ["audio", "videoBasedScreenSharing"],
    participant("owen", True, OWEN_FEEDBACK), MCU,
    [segment("owen-2", "15:20:23.9155028", "15:46:31.4780662", participant("owen", False), MCU, [
        media("main-audio", owen_wifi(50302, 61, ratios=(0.01, 0.09, 0.03, 0.02)), server_net(MCU_IP, 50650),
              audio_device(*OWEN_AUDIO, sent=(-26, -64), received=(-22, -67), rms=88.1, mic_glitch=0, speaker_glitch=0,
                           low_snr=0.03),
              server_device((-27, -65)), [
            audio("owen-2-up", "callerToCallee", "satin", deg=None, jitter=11, max_jitter=34, loss=0.0081, max_loss=0.052,
                  conc=None, max_conc=None, rtt=71, max_rtt=188, packets=45_203, bw=8_473_990, net_jitter=12,
                  max_net_jitter=39, fec=True),
            # Good under today's CQD rules, Poor under the pre-2022 ones (degradation > 1.0, concealed > 0.07).
            audio("owen-2-down", "calleeToCaller", "satin", deg=1.04, jitter=18, max_jitter=63, loss=0.021, max_loss=0.118,
                  conc=0.074, max_conc=0.21, rtt=74, max_rtt=196, packets=75_118, bw=8_473_990, net_jitter=19,
                  max_net_jitter=66, fec=True),
        ]),
        media("applicationsharing-video", owen_wifi(50306, 61, ratios=(0.01, 0.09, 0.03, 0.02)), server_net(MCU_IP, 50654), None, None, [
            video("owen-2-share-down", "calleeToCaller", "h264s", jitter=16, max_jitter=58, loss=0.018, max_loss=0.09, rtt=73,
                  max_rtt=190, packets=14_906, bw=8_473_990, fps=3.6, received_fps=3.6, frame_loss=3.8, video_loss=0.018,
                  post_fec=0.006, low_fps=0.97, low_proc=0),
        ]),
    ])],
)

# -- Dev Patel, by phone: IVR (conference auto attendant), then the conferencing server. G.711 mu-law.
def sip(start, end):
    return (at(start), at(end))


dev_session = session(
    "dev", "15:03:27.2950177", "15:38:05.5521309", ["audio"],
    phone_endpoint(True), MCU,
    [
        segment("dev-ivr", "15:03:27.2950177", "15:03:49.6148032", phone_endpoint(False), CAA, [
            media("main-audio", pstn_net(49170), server_net(CAA_IP, 51288),
                  {"captureDeviceName": None, "captureDeviceDriver": None, "renderDeviceName": None, "renderDeviceDriver": None},
                  server_device((-26, -42)), [
                audio("dev-ivr-up", "callerToCallee", "pcmu", deg=None, jitter=2, max_jitter=5, loss=0, max_loss=0,
                      conc=None, max_conc=None, rtt=44, max_rtt=51, packets=1_093, bw=None, net_jitter=3, max_net_jitter=6,
                      fec=False, times=sip("15:03:27.3101844", "15:03:49.6012387")),
                audio("dev-ivr-down", "calleeToCaller", "pcmu", deg=None, jitter=1, max_jitter=3, loss=0, max_loss=0,
                      conc=None, max_conc=None, rtt=45, max_rtt=52, packets=1_098, bw=None, net_jitter=2, max_net_jitter=4,
                      fec=False, times=sip("15:03:27.3101844", "15:03:49.6012387")),
            ]),
        ]),
        segment("dev", "15:03:49.6148032", "15:38:05.5521309", phone_endpoint(False), MCU, [
            media("main-audio", pstn_net(49172), server_net(MCU_IP, 50660),
                  {"captureDeviceName": None, "captureDeviceDriver": None, "renderDeviceName": None, "renderDeviceDriver": None},
                  # What the server hears from the phone: loud background noise (-41 dB).
                  server_device((-24, -41)), [
                audio("dev-up", "callerToCallee", "pcmu", deg=None, jitter=3, max_jitter=9, loss=0.0007, max_loss=0.006,
                      conc=0.004, max_conc=0.019, rtt=46, max_rtt=63, packets=102_798, bw=None, net_jitter=3,
                      max_net_jitter=10, fec=False, times=sip("15:03:49.6301175", "15:38:05.5398120")),
                audio("dev-down", "calleeToCaller", "pcmu", deg=None, jitter=2, max_jitter=7, loss=0.0004, max_loss=0.004,
                      conc=0.002, max_conc=0.011, rtt=46, max_rtt=61, packets=102_805, bw=None, net_jitter=3,
                      max_net_jitter=8, fec=False, times=sip("15:03:49.6301175", "15:38:05.5398120")),
            ]),
        ]),
    ],
)

# Graph returns either sessions or participants_v2 per request (one $expand); this body holds both,
# as an export script that merges the two requests writes it. organizer/participants (deprecated,
# still returned until mid-2026) are included too, as the service still sent them in March 2026.
meeting = {
    "@odata.context": f"{G}(sessions(segments()))/$entity",
    "id": MEETING,
    "version": 3,
    "type": "groupCall",
    "modalities": ["audio", "video", "videoBasedScreenSharing"],
    "lastModifiedDateTime": at("16:06:41.3305562"),
    "startDateTime": at("15:00:04.3518172"),
    "endDateTime": at("15:47:12.9034417"),
    "joinWebUrl": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                  + base64.b64encode(gid("meeting:thread").encode()).decode().rstrip("=")
                  + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + TENANT + "%22%2c%22Oid%22%3a%22" + ABBIE["id"] + "%22%7d",
    "organizer": identity_set(ABBIE),
    "participants": [identity_set(ABBIE), identity_set(ROOM), identity_set(CECILIA), identity_set(OWEN),
                     phone_identity_set(DEV_PHONE)],
    "organizer_v2@odata.context": f"{G}('{MEETING}')/organizer_v2/$entity",
    "organizer_v2": {
        "id": ABBIE["id"],
        "identity": {"user": {"id": ABBIE["id"], "displayName": ABBIE["displayName"], "tenantId": TENANT,
                              "userPrincipalName": ABBIE["upn"]}},
    },
    "participants_v2@odata.context": f"{G}('{MEETING}')/participants_v2",
    "participants_v2": [participant_v2(ABBIE), participant_v2(ROOM), participant_v2(CECILIA), participant_v2(OWEN),
                        phone_participant_v2(DEV_PHONE)],
    "sessions@odata.context": f"{G}('{MEETING}')/sessions(segments())",
    "sessions": [abbie_session, room_session, cecilia_session, owen_a, dev_session, owen_b],
}

# ---------------------------------------------------------------------------------------------
# 2. Peer-to-peer: Sofia Rahman (iPhone, mobile data) calls Abbie Wilkins (desk, wired). 13:12:40 -> 13:18:57

p2p = {
    "@odata.context": f"{G}(sessions(segments()))/$entity",
    "id": P2P,
    "version": 2,
    "type": "peerToPeer",
    "modalities": ["audio"],
    "lastModifiedDateTime": at("13:31:08.7742093"),
    "startDateTime": at("13:12:40.5261849"),
    "endDateTime": at("13:18:57.0918233"),
    "joinWebUrl": None,
    "organizer": identity_set(SOFIA),
    "participants": [identity_set(SOFIA), identity_set(ABBIE)],
    "organizer_v2@odata.context": f"{G}('{P2P}')/organizer_v2/$entity",
    "organizer_v2": {
        "id": SOFIA["id"],
        "identity": {"user": {"id": SOFIA["id"], "displayName": SOFIA["displayName"], "tenantId": TENANT,
                              "userPrincipalName": SOFIA["upn"]}},
    },
    "participants_v2@odata.context": f"{G}('{P2P}')/participants_v2",
    "participants_v2": [participant_v2(SOFIA), participant_v2(ABBIE)],
    "sessions@odata.context": f"{G}('{P2P}')/sessions(segments())",
    "sessions": [session(
        "p2p", "13:12:40.5261849", "13:18:57.0918233", ["audio"],
        participant("sofia", True, {"rating": "good", "text": None}), participant("abbie", True),
        [segment("p2p", "13:12:40.5261849", "13:18:57.0918233", participant("sofia", False), participant("abbie", False), [
            media("main-audio", sofia_mobile(61422), abbie_net(50488, relay="52.114.188.47"),
                  audio_device(*IPHONE_AUDIO, sent=(-23, -61), received=(-18, -72), rms=71.6, mic_glitch=0, speaker_glitch=0,
                               low_snr=0.03),
                  audio_device(*JABRA, sent=(-7, -59), received=(-22, -64), rms=398.2, clipping=0.15, glitch=0.001,
                               mic_glitch=0, speaker_glitch=0),
                  [
                # Sofia -> Abbie, measured by Abbie's client: the mobile uplink adds some jitter; still good.
                audio("p2p-up", "callerToCallee", "satin", deg=0.34, jitter=12, max_jitter=41, loss=0.0062, max_loss=0.034,
                      conc=0.019, max_conc=0.071, rtt=84, max_rtt=163, packets=12_840, bw=6_212_448, net_jitter=14,
                      max_net_jitter=44, fec=True),
                audio("p2p-down", "calleeToCaller", "satin", deg=0.18, jitter=9, max_jitter=30, loss=0.0029, max_loss=0.021,
                      conc=0.009, max_conc=0.038, rtt=81, max_rtt=158, packets=11_205, bw=4_918_305, net_jitter=10,
                      max_net_jitter=33, fec=False),
            ]),
        ])],
    )],
}

# ---------------------------------------------------------------------------------------------
# 3. getPstnCalls (Calling Plan users + audio conferencing), same day

def pstn_row(key, who, start, duration, call_type, caller, callee, *, charge=0.00, connection=0.00, currency="USD",
             context=None, destination="United States", conference=None, license="MCOPSTNU", inventory="Subscriber",
             usage="US", call_id_ip="203.0.113.76"):
    t0 = tk(start)
    digest = hashlib.sha256(key.encode()).hexdigest()
    return {
        "id": gid("pstn:" + key),
        "callId": f"{int(digest[:8], 16)}_{int(digest[8:15], 16)}@{call_id_ip}",
        "userId": who["id"],
        "userPrincipalName": who["upn"],
        "userDisplayName": who["displayName"],
        "startDateTime": iso(t0),
        "endDateTime": iso(t0 + duration * TICKS),
        "duration": duration,
        "charge": charge,
        "callType": call_type,
        "currency": currency,
        "calleeNumber": callee,
        "usageCountryCode": usage,
        "tenantCountryCode": "US",
        "connectionCharge": connection,
        "callerNumber": caller,
        "destinationContext": context,
        "destinationName": destination,
        "conferenceId": conference,
        "licenseCapability": license,
        "inventoryType": inventory,
        "operator": "Microsoft",
        "callDurationSource": "microsoft",
    }


# Dev's dial-in: the PSTN hub answers ~0.5 s before the conferencing session starts (15:03:27.295),
# and releases the call just after the session ends (15:38:05.552). Audio-conferencing rows are
# reported against the meeting organizer, on her Audio Conferencing licence (MCOMEETADV).
pstn_rows = [
    pstn_row("owen-in", OWEN, "08:03:12.4417306", 262, "user_in", "+1425555****", DID["owen"]),
    pstn_row("cecilia-out", CECILIA, "09:15:40.1029874", 418, "user_out", DID["cecilia"], "+12065550188",
             context="Domestic"),
    pstn_row("sofia-out-uk", SOFIA, "10:22:05.7780412", 624, "user_out", DID["sofia"], "+44207946****",
             charge=0.26, context="International", destination="United Kingdom"),
    pstn_row("lea-out", LEA, "11:47:31.3365190", 187, "user_out", DID["lea"], "+336399812**", charge=0.19,
             connection=0.05, currency="EUR", context="Domestic", destination="France - Mobile", usage="FR",
             call_id_ip="203.0.113.91"),
    pstn_row("cecilia-in", CECILIA, "13:05:09.9120551", 95, "user_in", "+1206555****", DID["cecilia"]),
    pstn_row("owen-out-tollfree", OWEN, "14:31:50.2407718", 731, "user_out", DID["owen"], "+18005550199",
             context="Domestic", destination="United States - Toll Free"),
    pstn_row("dev-conf-in", ABBIE, "15:03:26.8312204", 2079, "conf_in", DEV_PHONE, CONF_NUMBER,
             conference=CONF_ID, license="MCOMEETADV", inventory="Service"),
    pstn_row("sofia-out-fr", SOFIA, "16:12:44.6051937", 356, "user_out", DID["sofia"], "+336399814**",
             charge=0.41, context="International", destination="France - Mobile"),
]
pstn = {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)",
    "@odata.count": len(pstn_rows),
    "value": pstn_rows,
}

# ---------------------------------------------------------------------------------------------
# 4. getDirectRoutingCalls (two SBCs), same day

SBC1, SBC2 = "sbc1.contoso.com", "sbc2.contoso.com"  # sbc1: Seattle; sbc2: London, and overflow for US East
NEVER = "0001-01-01T00:00:00Z"


def dr_row(key, who, call_type, invite, *, ring=None, talk=None, fail=None, caller, callee, trunk, media_loc, signal_loc,
           bypass, code=0, phrase="BYE", sub=540000):
    """ring: seconds from INVITE to answer; talk: seconds answered (successful call), or
    fail: seconds from INVITE to the final failure response (failed call)."""
    t_inv = tk(invite)
    row = {
        "id": gid("dr:" + key),
        "correlationId": gid("dr-correlation:" + key),
        "userId": who["id"],
        "userPrincipalName": who["upn"],
        "userDisplayName": who["displayName"],
    }
    if fail is None:
        t_start = t_inv + int(ring * TICKS)
        t_end = t_start + talk * TICKS
        row.update({"startDateTime": iso(t_start, 3), "inviteDateTime": iso(t_inv, 3), "failureDateTime": NEVER,
                    "endDateTime": iso(t_end, 3), "duration": talk, "successfulCall": True})
    else:
        # Never answered: start = invite, end = failure, no talk time.
        t_fail = t_inv + int(fail * TICKS)
        row.update({"startDateTime": iso(t_inv, 3), "inviteDateTime": iso(t_inv, 3), "failureDateTime": iso(t_fail, 3),
                    "endDateTime": iso(t_fail, 3), "duration": 0, "successfulCall": False})
    row["callType"] = call_type
    # Keep the key order of the published example.
    ordered = {k: row[k] for k in ["id", "correlationId", "userId", "userPrincipalName", "userDisplayName", "startDateTime",
                                   "inviteDateTime", "failureDateTime", "endDateTime", "duration", "callType", "successfulCall"]}
    ordered.update({
        "callerNumber": caller,
        "calleeNumber": callee,
        "mediaPathLocation": media_loc,
        "signalingLocation": signal_loc,
        "finalSipCode": code,
        "callEndSubReason": sub,
        "finalSipCodePhrase": phrase,
        "trunkFullyQualifiedDomainName": trunk,
        "mediaBypassEnabled": bypass,
    })
    return ordered


# Subcodes: 540xxx on inbound (ByotIn) calls, 560xxx on outbound (ByotOut) calls, the last three
# digits repeating the SIP code; x40000 / x60000 is a normal end (the published example: ByotIn, 540000).
dr_rows = [
    dr_row("priya-out", PRIYA, "ByotOut", "08:47:13.208", ring=4.127, talk=512, caller=DID["priya"], callee="+1425555***",
           trunk=SBC1, media_loc="USWE", signal_loc="USWE", bypass=True, sub=560000),
    dr_row("abbie-out", ABBIE, "ByotOut", "09:41:55.640", ring=6.893, talk=1284, caller=DID["abbie"], callee="+1206555***",
           trunk=SBC1, media_loc="USWE", signal_loc="USWE", bypass=True, code=200, sub=560000),
    dr_row("jonas-in", JONAS, "ByotIn", "10:05:02.117", ring=3.486, talk=377, caller="+44207946***", callee=DID["jonas"],
           trunk=SBC2, media_loc="EUNO", signal_loc="EUNO", bypass=False),
    dr_row("marcus-404", MARCUS, "ByotOut", "11:18:36.904", fail=1.212, caller=DID["marcus"], callee="+1425555***",
           trunk=SBC1, media_loc="USWE", signal_loc="USWE", bypass=True, code=404, phrase="Not Found", sub=560404),
    dr_row("priya-480", PRIYA, "ByotOut", "12:02:19.355", fail=31.870, caller=DID["priya"], callee="+1206555***",
           trunk=SBC1, media_loc="USWE", signal_loc="USEA", bypass=True, code=480, phrase="Temporarily Unavailable",
           sub=560480),
    dr_row("jonas-487", JONAS, "ByotIn", "13:37:48.021", fail=17.344, caller="+44207946***", callee=DID["jonas"],
           trunk=SBC2, media_loc="EUNO", signal_loc="EUNO", bypass=False, code=487, phrase="Request Terminated",
           sub=540487),
    dr_row("marcus-408", MARCUS, "ByotOut", "14:20:07.486", fail=32.015, caller=DID["marcus"], callee="+1206555***",
           trunk=SBC2, media_loc="USEA", signal_loc="USEA", bypass=False, code=408, phrase="Request Timeout", sub=560408),
    # Inside the meeting (15:00:04-15:47:12): busy-on-busy rejects the call while Abbie is in it.
    dr_row("abbie-486", ABBIE, "ByotIn", "15:22:10.733", fail=0.418, caller="+1206555***", callee=DID["abbie"],
           trunk=SBC1, media_loc="USWE", signal_loc="USWE", bypass=True, code=486, phrase="Busy Here", sub=540486),
    dr_row("hannah-503", HANNAH, "ByotOut", "16:05:51.190", fail=2.604, caller=DID["hannah"], callee="+1425555***",
           trunk=SBC2, media_loc="USEA", signal_loc="USEA", bypass=False, code=503, phrase="Service Unavailable",
           sub=560503),
    dr_row("tomas-603", TOMAS, "ByotOut", "16:40:26.562", fail=9.731, caller=DID["tomas"], callee="+1206555***",
           trunk=SBC1, media_loc="USWE", signal_loc="USWE", bypass=True, code=603, phrase="Decline", sub=560603),
]
direct_routing = {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.directRoutingLogRow)",
    "@odata.count": len(dr_rows),
    "value": dr_rows,
}

DATASET = [meeting, p2p, pstn, direct_routing]


# ---------------------------------------------------------------------------------------------
# Writing and checking

def dump(data):
    """1-space indent, except that an object or array holding only plain values (a stream, a network,
    a device, an identity, a log row) is written on one line: one line per thing, and the file stays
    under 80 KB. Non-ASCII is kept (the en dash in the room's name, accented names)."""
    def flat(x):
        values = x.values() if isinstance(x, dict) else x
        return not any(isinstance(v, (dict, list)) for v in values)

    def enc(x, depth):
        if isinstance(x, (dict, list)) and (not x or flat(x)):
            return json.dumps(x, ensure_ascii=False, separators=(",", ":"))
        pad = " " * (depth + 1)
        if isinstance(x, dict):
            items = [pad + json.dumps(k, ensure_ascii=False) + ": " + enc(v, depth + 1) for k, v in x.items()]
            return "{\n" + ",\n".join(items) + "\n" + " " * depth + "}"
        if isinstance(x, list):
            return "[\n" + ",\n".join(pad + enc(v, depth + 1) for v in x) + "\n" + " " * depth + "]"
        return json.dumps(x, ensure_ascii=False)

    return enc(data, 0) + "\n"


DURATION = re.compile(r"^-?P(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)$")
DURATION_KEYS = {"averageJitter", "maxJitter", "averageAudioNetworkJitter", "maxAudioNetworkJitter", "averageRoundTripTime",
                 "maxRoundTripTime", "averageFreezeDuration", "rmsFreezeDuration", "roundTripTime"}
TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,7})?Z$")


def to_ms(d):
    m = re.match(r"^PT(\d+(?:\.\d+)?)S$", d)
    return float(m.group(1)) * 1000


def parse_time(s):
    """UTC timestamp -> ticks since 0001-01-01 (exact to 100 ns)."""
    base, _, frac = s[:-1].partition(".")
    frac = (frac + "0000000")[:7]
    dt = datetime.datetime.strptime(base, "%Y-%m-%dT%H:%M:%S")
    return int((dt - datetime.datetime(1, 1, 1)).total_seconds()) * TICKS + int(frac)  # exact, no time zone


def check(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    data = json.loads(raw)
    errors = []

    def fail(msg):
        errors.append(msg)

    def walk(node, where):
        if isinstance(node, dict):
            for k, v in node.items():
                here = f"{where}.{k}"
                if k in DURATION_KEYS and v is not None and not (isinstance(v, str) and DURATION.match(v)):
                    fail(f"bad duration {here} = {v!r}")
                if isinstance(v, str) and re.match(r"^-?P(T|\d)", v) and k not in DURATION_KEYS:
                    fail(f"unexpected duration-like value at {here}")
                if k.endswith("DateTime") and v is not None and not (isinstance(v, str) and TIME.match(v)):
                    fail(f"bad timestamp {here} = {v!r}")
                walk(v, here)
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{where}[{i}]")

    walk(data, "$")
    if not isinstance(data, list) or len(data) != 4:
        fail("top level must be an array of 4 bodies")
        return errors, {}
    records, pstn_page, dr_page = data[:2], data[2], data[3]

    counts = dict(records=0, sessions=0, segments=0, media=0, streams=0, pstn_rows=0, dr_rows=0)
    record_ids, session_ids, segment_ids, stream_ids = [], [], [], []
    verdict_streams = []
    for r in records:
        counts["records"] += 1
        record_ids.append(r["id"])
        if not r.get("@odata.context", "").endswith("(sessions(segments()))/$entity"):
            fail(f"record {r['id']}: @odata.context")
        rs, re_ = parse_time(r["startDateTime"]), parse_time(r["endDateTime"])
        ids_v2 = [p["id"] for p in r.get("participants_v2", [])]
        if len(ids_v2) != len(set(ids_v2)):
            fail(f"record {r['id']}: duplicate participants_v2 ids")
        starts, ends = [], []
        for s in r["sessions"]:
            counts["sessions"] += 1
            session_ids.append(s["id"])
            ss, se = parse_time(s["startDateTime"]), parse_time(s["endDateTime"])
            starts.append(ss)
            ends.append(se)
            if not (rs <= ss < se <= re_):
                fail(f"session {s['id']} outside its record")
            prev_end = ss
            for g in s["segments"]:
                counts["segments"] += 1
                segment_ids.append(g["id"])
                gs, ge = parse_time(g["startDateTime"]), parse_time(g["endDateTime"])
                if not (ss <= gs < ge <= se) or gs != prev_end:
                    fail(f"segment {g['id']} not contiguous inside its session")
                prev_end = ge
                for m in g["media"]:
                    counts["media"] += 1
                    for st in m["streams"]:
                        counts["streams"] += 1
                        if not st.get("streamId") or st.get("streamDirection") not in ("callerToCallee", "calleeToCaller"):
                            fail(f"stream without streamId/streamDirection in segment {g['id']}")
                        stream_ids.append(st.get("streamId"))
                        verdict_streams.append((r, s, g, m, st))
            if prev_end != se:
                fail(f"session {s['id']}: segments do not reach the session end")
        if min(starts) != rs or max(ends) != re_:
            fail(f"record {r['id']}: start/end are not the first join / last leave")
    counts["pstn_rows"] = len(pstn_page["value"])
    counts["dr_rows"] = len(dr_page["value"])

    for name, ids in [("record", record_ids), ("session", session_ids), ("segment", segment_ids), ("streamId", stream_ids),
                      ("PSTN row id", [x["id"] for x in pstn_page["value"]]),
                      ("DR row id", [x["id"] for x in dr_page["value"]]),
                      ("DR correlationId", [x["correlationId"] for x in dr_page["value"]])]:
        dupes = {i for i in ids if ids.count(i) > 1}
        if dupes:
            fail(f"duplicate {name}: {sorted(dupes)}")
    if pstn_page["@odata.count"] != counts["pstn_rows"] or dr_page["@odata.count"] != counts["dr_rows"]:
        fail("@odata.count does not match the rows")

    meeting_, p2p_ = records
    length = (parse_time(meeting_["endDateTime"]) - parse_time(meeting_["startDateTime"])) / TICKS / 60
    if not 46 <= length <= 48:
        fail(f"meeting lasts {length:.1f} min")
    if datetime.date.fromisoformat(meeting_["startDateTime"][:10]).weekday() >= 5:
        fail("meeting is not on a weekday")

    # Owen's inbound audio in his first session must break loss and jitter with enough packets.
    owen_in = [st for (r, s, g, m, st) in verdict_streams
               if s["caller"].get("associatedIdentity", {}).get("displayName") == "Owen Franklin"
               and m["label"] == "main-audio" and st["streamDirection"] == "calleeToCaller"]
    first = owen_in[0]
    if not (first["averagePacketLossRate"] > 0.1 and to_ms(first["averageJitter"]) > 30 and first["packetUtilization"] > 500):
        fail("Owen's inbound audio does not break loss > 0.1 and jitter > 30 ms with packetUtilization > 500")
    owen_sessions = [s for s in meeting_["sessions"] if s["caller"].get("associatedIdentity", {}).get("displayName") == "Owen Franklin"]
    gap = (parse_time(owen_sessions[1]["startDateTime"]) - parse_time(owen_sessions[0]["endDateTime"])) / TICKS
    if not 30 <= gap <= 50 or owen_sessions[0].get("failureInfo", {}).get("stage") != "midcall":
        fail(f"Owen's rejoin gap {gap:.1f} s / failure stage")

    # Dev's session overlaps the conf_in row for his number; Abbie's DR row is inside the meeting.
    dev = [s for s in meeting_["sessions"] if s["caller"].get("associatedIdentity", {}).get("id") == DEV_PHONE][0]
    conf = [x for x in pstn_page["value"] if x["callType"] == "conf_in" and x["callerNumber"] == DEV_PHONE][0]
    if not (parse_time(conf["startDateTime"]) <= parse_time(dev["startDateTime"])
            and parse_time(dev["endDateTime"]) <= parse_time(conf["endDateTime"])):
        fail("Dev's session is not inside the conf_in PSTN row")
    inside = [x for x in dr_page["value"] if x["userDisplayName"] == "Abbie Wilkins"
              and parse_time(meeting_["startDateTime"]) <= parse_time(x["inviteDateTime"]) <= parse_time(meeting_["endDateTime"])]
    if not inside:
        fail("no Direct Routing row for Abbie inside the meeting")
    for x in pstn_page["value"]:
        if (parse_time(x["endDateTime"]) - parse_time(x["startDateTime"])) / TICKS != x["duration"]:
            fail(f"PSTN row {x['id']}: duration")
    for x in dr_page["value"]:
        if x["successfulCall"] != (x["failureDateTime"] == NEVER):
            fail(f"DR row {x['id']}: successfulCall vs failureDateTime")
        if parse_time(x["inviteDateTime"]) > parse_time(x["startDateTime"]):
            fail(f"DR row {x['id']}: invite after start")

    size = len(raw.encode("utf-8"))
    if size > 80 * 1024:
        fail(f"file is {size} bytes (> 80 KB)")

    # The current CQD verdicts (as a cross-check of the story; the viewer has its own rules).
    verdicts = []
    for (r, s, g, m, st) in verdict_streams:
        who = s["caller"].get("associatedIdentity", {}).get("displayName") or s["caller"].get("associatedIdentity", {}).get("id")
        pu = st.get("packetUtilization") or 0
        if m["label"] == "main-audio":
            if pu <= 500:
                v = f"Unclassified (packetUtilization {pu} <= 500)"
            else:
                why = []
                if to_ms(st["averageRoundTripTime"]) > 500:
                    why.append(f"RTT {to_ms(st['averageRoundTripTime']):.0f} ms")
                if st["averagePacketLossRate"] > 0.1:
                    why.append(f"loss {st['averagePacketLossRate'] * 100:.1f} %")
                if to_ms(st["averageJitter"]) > 30:
                    why.append(f"jitter {to_ms(st['averageJitter']):.0f} ms")
                v = "Poor: " + ", ".join(why) if why else "Good"
        elif m["label"] == "applicationsharing-video":
            v = "Poor (VBSS fps < 1)" if st["averageVideoFrameRate"] < 1 else f"Good (VBSS {st['averageVideoFrameRate']} fps)"
        else:
            if st["averageVideoFrameLossPercentage"] is not None:
                v = "Poor: frame loss" if st["averageVideoFrameLossPercentage"] > 50 else "Good"
            elif st["averageVideoFrameRate"] is not None:
                v = f"Poor: {st['averageVideoFrameRate']} fps < 7" if st["averageVideoFrameRate"] < 7 else "Good"
            else:
                v = "Good" if st["postForwardErrorCorrectionPacketLossRate"] <= 0.15 else "Poor: post-FEC"
        verdicts.append(f"  {r['type']:<10} {who:<24} {m['label']:<25} {st['streamDirection']:<15} {v}")
    return errors, dict(counts=counts, size=size, verdicts=verdicts)


def main():
    if "--check" not in sys.argv:
        text = dump(DATASET)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    errors, info = check(OUT)
    if info:
        c = info["counts"]
        print(f"{os.path.relpath(OUT)}: {info['size']} bytes")
        print("records {records}, sessions {sessions}, segments {segments}, media {media}, streams {streams}, "
              "PSTN rows {pstn_rows}, DR rows {dr_rows}".format(**c))
        print("stream verdicts under the current CQD rules:")
        print("\n".join(info["verdicts"]))
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    if errors:
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
