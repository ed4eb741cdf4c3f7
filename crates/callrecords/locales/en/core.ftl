# core messages
enum-CallType-unknown = unknown type
enum-CallType-groupCall = group call
enum-CallType-peerToPeer = peer-to-peer
enum-Modality-audio = audio
enum-Modality-video = video
enum-Modality-videoBasedScreenSharing = screen sharing
enum-Modality-data = data
enum-Modality-screenSharing = screen sharing (RDP)
enum-MediaStreamDirection-callerToCallee = caller → callee
enum-MediaStreamDirection-calleeToCaller = callee → caller
enum-NetworkConnectionType-wired = wired
enum-NetworkConnectionType-mobile = mobile
enum-NetworkConnectionType-tunnel = tunnel (VPN)
enum-ProductFamily-unknown = unknown product
enum-ClientPlatform-unknown = unknown platform
enum-ClientPlatform-web = web browser
enum-ClientPlatform-ipPhone = IP phone
enum-ClientPlatform-roomSystem = room system
enum-FailureStage-unknown = unknown stage
enum-FailureStage-callSetup = call setup
enum-FailureStage-midcall = mid-call
enum-UserFeedbackRating-notRated = not rated
enum-UserFeedbackRating-bad = bad
enum-UserFeedbackRating-poor = poor
enum-UserFeedbackRating-fair = fair
enum-UserFeedbackRating-good = good
enum-UserFeedbackRating-excellent = excellent
enum-ServiceRole-unknown = Service
enum-ServiceRole-customBot = Bot
enum-ServiceRole-skypeForBusinessMicrosoftTeamsGateway = Skype for Business–Teams gateway
enum-ServiceRole-skypeForBusinessAudioVideoMcu = Conferencing server
enum-ServiceRole-skypeForBusinessApplicationSharingMcu = Application sharing server
enum-ServiceRole-skypeForBusinessCallQueues = Call queue
enum-ServiceRole-skypeForBusinessAutoAttendant = Auto attendant
enum-ServiceRole-mediationServer = Mediation server (PSTN)
enum-ServiceRole-mediationServerCloudConnectorEdition = Mediation server (Cloud Connector)
enum-ServiceRole-exchangeUnifiedMessagingService = Exchange Unified Messaging
enum-ServiceRole-mediaController = Media controller
enum-ServiceRole-conferencingAnnouncementService = Conferencing announcement service
enum-ServiceRole-conferencingAttendant = Conferencing attendant
enum-ServiceRole-audioTeleconferencerController = Audio conferencing (dial-in)
enum-ServiceRole-skypeForBusinessUnifiedCommunicationApplicationPlatform = UC application platform
enum-ServiceRole-responseGroupServiceAnnouncementService = Response group announcement service
enum-ServiceRole-gateway = PSTN gateway
enum-ServiceRole-skypeForBusinessAttendant = Skype for Business attendant
enum-ServiceRole-responseGroupService = Response group service
enum-ServiceRole-voicemail = Voicemail
enum-ServiceRole-unknownFutureValue = Service
enum-AudioCodec-invalid = invalid
enum-AudioCodec-multiChannelAudio = multi-channel audio
enum-AudioCodec-satinFullband = SATIN full-band
enum-AudioCodec-silkNarrow = SILK narrow-band
enum-AudioCodec-silkWide = SILK wide-band
enum-VideoCodec-invalid = invalid
enum-PstnCallDurationSource-operator = operator
enum-PstnUserBlockMode-blocked = blocked
enum-PstnUserBlockMode-unblocked = unblocked
enum-EndpointType-default = default
enum-EndpointType-voicemail = voicemail
enum-EndpointType-skypeForBusinessVoipPhone = Skype for Business IP phone
enum-CallType-unknownFutureValue = unknown future value
enum-Modality-unknownFutureValue = unknown future value
enum-NetworkConnectionType-unknownFutureValue = unknown future value
enum-WifiBand-unknownFutureValue = unknown future value
enum-WifiRadioType-unknownFutureValue = unknown future value
enum-NetworkTransportProtocol-unknownFutureValue = unknown future value
enum-ProductFamily-unknownFutureValue = unknown future value
enum-ClientPlatform-unknownFutureValue = unknown future value
enum-FailureStage-unknownFutureValue = unknown future value
enum-UserFeedbackRating-unknownFutureValue = unknown future value
enum-AudioCodec-unknownFutureValue = unknown future value
enum-VideoCodec-unknownFutureValue = unknown future value
enum-PstnUserBlockMode-unknownFutureValue = unknown future value
enum-EndpointType-unknownFutureValue = unknown future value
enum-Modality-unknown = unknown
enum-NetworkConnectionType-unknown = unknown
enum-WifiBand-unknown = unknown
enum-WifiRadioType-unknown = unknown
enum-NetworkTransportProtocol-unknown = unknown
enum-AudioCodec-unknown = unknown
enum-VideoCodec-unknown = unknown
not-reported = not reported
unit-ms = { $value } ms
unit-fps = { $value } fps
unit-packets = { $count ->
    [one] { $value } packet
   *[other] { $value } packets
}
unit-per-5-min = { $value } per 5 min
link-speed-unknown = unknown (4294967295)
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h = { $h } h
duration-h-min = { $h } h { $m } min
list-separator = { ", " }
list-and = { $init } and { $last }
list-or = { $init } or { $last }
unit-percent = { $value } %
rule-label-audio_gate = Audio judged above
rule-words-audio_gate = packet utilization
rule-label-audio_rtt = Audio round trip over
rule-words-audio_rtt = round trip
rule-label-audio_loss = Audio packet loss over
rule-words-audio_loss = packet loss
rule-label-audio_jitter = Audio jitter over
rule-words-audio_jitter = jitter
rule-label-audio_degradation = Audio degradation over
rule-words-audio_degradation = audio degradation
rule-label-audio_concealed = Concealed samples over
rule-words-audio_concealed = concealed samples
rule-label-video_gate = Video judged above
rule-words-video_gate = packet utilization
rule-label-video_frame_loss = Video frame loss over
rule-words-video_frame_loss = frame loss
rule-label-video_frame_rate = Video frame rate under
rule-words-video_frame_rate = frame rate
rule-label-video_post_fec = Video loss after FEC over
rule-words-video_post_fec = post-FEC packet loss
rule-label-vbss_frame_loss = Screen sharing frame loss over
rule-words-vbss_frame_loss = frame loss
rule-label-vbss_frame_rate = Screen sharing frame rate under
rule-words-vbss_frame_rate = frame rate
rule-label-vbss_post_fec = Screen sharing loss after FEC over
rule-words-vbss_post_fec = post-FEC packet loss
unit-ms-short = ms
unit-fps-short = fps
unit-mos-points = MOS points
unit-packets-short = packets
rules-name-current = CQD, current (2022–)
rules-name-classic = CQD, classic (to 2020)
rules-name-interim = CQD, interim (2021)
rules-name-network = Network targets (client to Microsoft edge)
rules-name-custom = Custom thresholds
rules-short-current = CQD current
rules-short-classic = CQD classic
rules-short-interim = CQD interim
rules-short-network = the network targets
rules-short-custom = custom thresholds
limit-minimum = { $value } minimum
limit-maximum = { $value } limit
cmp-limit = limit
cmp-minimum = minimum
verdict-line = { $tally } — judged by { $rules }
verdict-good = Good
verdict-unclassified = Unclassified
verdict-poor = Poor
verdict-word-good = good
verdict-word-unclassified = unclassified
verdict-word-poor = poor
tally-and-unclassified = , { $count } unclassified
tally-none = no streams
tally-one = 1 stream, { $verdict }
tally-all-poor = all { $total } streams poor
tally-all-good = all { $total } streams good
tally-all-unclassified = all { $total } streams unclassified
tally-some-poor = { $count } of { $total } streams poor
tally-some-good = { $count } of { $total } streams good
severity-error = Error
severity-warning = Warning
severity-note = Note
reason-non-number = a non-number
reason-not-a-measurement = { $metric } { $value } is not a valid measurement (treated as not reported)
reason-breach = { $metric } { $value } { $cmp } { $limit }
reason-not-reported = { $metrics } not reported
reason-gate = { $metric } { $value } ≤ { $limit }
reason-no-rules = no rules for { $media } in this rule set
reason-below-gate = not counted below the packet-utilization gate: { $breaches }
reason-decided-by = decided by { $metric } { $value } { $cmp } { $limit }, the first reported of the ordered rules
reason-decides-first = not counted, { $metric } decides first: { $breaches }
reason-satin = { $metrics } not applied: the codec is SATIN
reason-vbss-direction = inbound or outbound could not be determined (stream direction or endpoint kinds not reported), and the current screen-sharing rules depend on it for non-H264S streams
reason-vbss-server = stream between two service endpoints: the current screen-sharing rules cover client streams only
reason-app-sharing = no rules for application sharing (CQD uses RDP metrics Graph does not report)
reason-data = no rules for data
reason-kind-unknown-label = media kind unknown (label "{ $label }" not recognised, and no codec or kind-specific metric)
reason-kind-unknown = media kind unknown ({ $basis })
media-audio = audio
media-video = video
media-vbss = screen sharing
media-app-sharing = application sharing
media-data = data
media-unknown = media
basis-label = from the media label "{ $label }"
basis-codec = from the codec { $codec }
basis-metrics = from the metrics reported
basis-modality = from the session's only modality, { $modality }
basis-undetermined = no label, codec or kind-specific metric tells
net-wifi-band = on Wi-Fi { $band }
net-wifi = on Wi-Fi
net-wired = on a wired network
net-mobile = on mobile data
net-vpn = over a VPN
net-and-tcp = { $network } over TCP
net-tcp = over TCP
subject-inbound-from = { $to }'s inbound { $media } from { $from }
subject-inbound = { $to }'s inbound { $media }
subject-outbound = { $from }'s outbound { $media }
subject-direction = { $media } { $direction }
summary-call = { $kind ->
    [group] Group call
    [p2p] Peer-to-peer call
   *[other] Call
}
summary-call-with = { $kind ->
    [group] Group call with { $modalities }
    [p2p] Peer-to-peer call with { $modalities }
   *[other] Call with { $modalities }
}
summary-between = { $call } between { $a } and { $b }
summary-one-participant = { $atleast ->
    [yes] { $call }, at least 1 participant ({ $name })
   *[no] { $call }, 1 participant ({ $name })
}
summary-participants = { $atleast ->
    [yes] { $call }, at least { $count } participants
   *[no] { $call }, { $count } participants
}
summary-duration = { $call }, { $duration }
summary-placeholder = { $call } (only pages of record { $id } were loaded, not the record itself)
summary-sentence = { $text }.
summary-only-stream = its only stream was { $verdict }
summary-no-sessions = Sessions were not loaded: load the record with { $query } to judge its streams.
summary-no-segments = Segments were not loaded: list the sessions with { $query } to judge its streams.
summary-no-streams = No media streams were reported in its sessions.
summary-under = Under { $rules }, { $tally }
summary-poor-stream = { $subject } ({ $details })
summary-poor-list = { $text }: { $list }
summary-and-more = { $text }; and { $count } more
summary-and-more-reasons = { $count ->
    [one] { $text }; and { $count } more reason
   *[other] { $text }; and { $count } more reasons
}
summary-reasons = { $text } ({ $reasons })
summary-more-sessions = { $text }; more sessions exist that were not loaded
summary-feedback = { $who } { $what }
summary-failure = the session of { $who } { $what }
summary-more = { $count } more
summary-person-conditions = { $who }: { $conditions }
summary-more-people = { $count ->
    [one] and { $count } more person
   *[other] and { $count } more people
}
summary-conditions = Device and network: { $conditions }.
summary-incomplete = { $count ->
    [one] Incomplete: { $count } session lost to a syntax error in the file, so this covers only the sessions that could be read.
   *[other] Incomplete: { $count } sessions lost to a syntax error in the file, so this covers only the sessions that could be read.
}
check-captureNotFunctioningEventRatio = microphone not functioning
check-renderNotFunctioningEventRatio = speaker not functioning
check-howlingEventCount = howling or screeching
check-deviceClippingEventRatio = microphone clipping
check-deviceGlitchEventRatio = audio device glitches
check-micGlitchRate = microphone glitches
check-speakerGlitchRate = speaker glitches
check-lowSpeechLevelEventRatio = speech level too low
check-lowSpeechToNoiseEventRatio = noisy microphone signal (low speech-to-noise)
check-cpuInsufficentEventRatio = CPU insufficient for media
check-renderMuteEventRatio = speaker muted
check-renderZeroVolumeEventRatio = speaker volume at zero
check-delayEventRatio = network delay impaired two-way talk
check-bandwidthLowEventRatio = bandwidth too low for sent audio
check-receivedQualityEventRatio = network degraded received audio
check-sentQualityEventRatio = network degraded sent audio
token-NoSound = no sound
token-OtherNoSound = others heard no sound
token-Echo = echo
token-Noisy = noisy
token-LowVolume = low volume
token-Stopped = audio stopped
token-DistortedSound = distorted sound
token-Interruptions = interruptions
finding-rated = rated the call { $rating }
finding-rated-tokens = rated the call { $rating } ({ $tokens })
evidence-tokens = ; tokens true: { $tokens }
evidence-text = ; text: "{ $text }"
unknown-participants = unknown participants
unknown-caller = unknown caller
unknown-callee = unknown callee
finding-failed-setup = failed at call setup
finding-failed-midcall = failed mid-call
finding-failed-stage = failed at stage { $stage }
finding-failed-unknown = failed (stage not reported)
evidence-reason = , reason "{ $reason }"
evidence-no-reason = , reason not reported
evidence-call-setup = (callSetup also covers benign endings, e.g. hanging up while at an IVR)
evidence-on-level = { $level ->
    [segment] on the segment
   *[session] on the session
}
evidence-ratio = { $metric } { $value } ≥ { $limit } ({ $share } of the call)
evidence-not-functioning = { $evidence }; Call Analytics rates a session poor at ≥ { $limit }
evidence-glitch = { $metric } { $value } per 5 min ≥ { $limit } (good quality is under 1 per 5 min)
finding-vpn = VPN or tunnel connection
finding-tcp = media over TCP, not UDP
finding-wifi-24 = Wi-Fi on the 2.4 GHz band
finding-weak-wifi = weak Wi-Fi signal
finding-relay = media relay allocated
evidence-relay = { $relay } (allocated by the endpoint; Graph does not say whether media flowed through it)
finding-kind-feedback = Feedback
finding-kind-failure = Failure
finding-kind-device = Device
finding-kind-network = Network
