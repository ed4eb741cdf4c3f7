//! The catalogue of metrics: for every stream, network and device measure, its Graph name, a
//! label for people, its unit, and how to read it. Tables, charts and exports all go through
//! here, so a unit is stated once and "not reported" is never shown as zero.

use crate::i18n::{num, percent};
use crate::model::record::{DeviceInfo, MediaStream, NetworkInfo};

/// The unit a metric is sent in (after durations are converted to milliseconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Milliseconds.
    Ms,
    /// A 0–1 fraction, shown as a percentage.
    Ratio,
    /// Already a percentage, 0–100.
    Percent,
    /// Mean-opinion-score points (0–5).
    Mos,
    /// Frames per second.
    Fps,
    /// Bits per second.
    BitsPerSecond,
    /// A count of packets.
    Packets,
    /// A plain count.
    Count,
    /// Events per 5 minutes.
    PerFiveMinutes,
    /// A signal or noise level as sent (Graph does not state the unit).
    Level,
}

impl Unit {
    /// The unit as written after a number ("ms", "%", "fps"…), empty when none.
    pub fn suffix(self) -> &'static str {
        match self {
            Unit::Ms => "ms",
            Unit::Ratio | Unit::Percent => "%",
            Unit::Fps => "fps",
            Unit::BitsPerSecond => "bit/s",
            Unit::Packets => "packets",
            Unit::PerFiveMinutes => "per 5 min",
            Unit::Mos | Unit::Count | Unit::Level => "",
        }
    }

    /// The value converted for display (ratios × 100).
    pub fn display_value(self, value: f64) -> f64 {
        if self == Unit::Ratio {
            value * 100.0
        } else {
            value
        }
    }
}

/// Text shown for a metric that is absent or null.
pub const NOT_REPORTED: &str = "not reported";

/// "not reported" in the current language.
pub fn not_reported() -> String {
    crate::t!("not-reported")
}

/// A value with its unit for people: "16 ms", "1.38 %", "1.16", "9.97 Mbit/s"; "not reported"
/// for `None`.
pub fn format_value(value: Option<f64>, unit: Unit) -> String {
    let Some(v) = value.filter(|v| v.is_finite()) else {
        return not_reported();
    };
    match unit {
        Unit::Ms => crate::t!("unit-ms", value = num(v, if v.abs() < 10.0 { 1 } else { 0 })),
        Unit::Ratio => percent_text(v * 100.0),
        Unit::Percent => percent_text(v),
        Unit::Mos => num(v, 2),
        Unit::Fps => crate::t!("unit-fps", value = num(v, 1)),
        Unit::BitsPerSecond => bits_text(v),
        Unit::Packets => crate::t!("unit-packets", value = num(v, 0), count = v.round()),
        Unit::Count | Unit::Level => num(v, 2),
        Unit::PerFiveMinutes => crate::t!("unit-per-5-min", value = num(v, 1)),
    }
}

fn percent_text(p: f64) -> String {
    if p == 0.0 {
        percent(0.0, 0)
    } else if p.abs() < 0.01 {
        format!("< {}", percent(0.01, 2))
    } else if p.abs() < 10.0 {
        percent(p, 2)
    } else {
        percent(p, 1)
    }
}

fn bits_text(v: f64) -> String {
    // linkSpeed 4294967295 (2^32 − 1) is the "unknown" marker.
    if v == 4_294_967_295.0 {
        return crate::t!("link-speed-unknown");
    }
    let (scaled, unit) = if v >= 1e9 {
        (v / 1e9, "Gbit/s")
    } else if v >= 1e6 {
        (v / 1e6, "Mbit/s")
    } else if v >= 1e3 {
        (v / 1e3, "kbit/s")
    } else {
        (v, "bit/s")
    };
    format!("{} {unit}", num(scaled, 2))
}

impl<T> Metric<T> {
    /// The label in the current language; outside English with the Graph name beside it, as
    /// admins search for it: "Джиттер, средний (averageJitter)".
    pub fn label_text(&self) -> String {
        match crate::i18n::lookup(&format!("metric-{}", self.name), &[]) {
            Some(label) if crate::i18n::current() != crate::i18n::Lang::En => format!("{label} ({})", self.name),
            _ => self.label.to_string(),
        }
    }
}

/// One metric of a record type `T`.
pub struct Metric<T> {
    /// The Graph property name (`averageJitter`).
    pub name: &'static str,
    /// A short label for people ("Jitter, average").
    pub label: &'static str,
    pub unit: Unit,
    pub get: fn(&T) -> Option<f64>,
}

impl<T> Metric<T> {
    pub fn value(&self, item: &T) -> Option<f64> {
        (self.get)(item)
    }
    pub fn format(&self, item: &T) -> String {
        format_value(self.value(item), self.unit)
    }
}

/// The stream metric named `name` (a Graph property), if the catalogue has it.
pub fn stream_metric(name: &str) -> Option<&'static Metric<MediaStream>> {
    STREAM_METRICS.iter().find(|m| m.name == name)
}

/// The entry named `name` (a Graph property) of a catalogue list, at compile time: a rule that
/// names a metric the catalogue does not have fails to compile.
pub const fn find_metric<T>(list: &'static [Metric<T>], name: &str) -> &'static Metric<T> {
    let mut i = 0;
    while i < list.len() {
        if same(list[i].name.as_bytes(), name.as_bytes()) {
            return &list[i];
        }
        i += 1;
    }
    panic!("metric not in the catalogue")
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

macro_rules! metrics {
    ($t:ty; $($name:literal, $label:literal, $unit:ident, $field:ident;)*) => {
        &[$(Metric::<$t> { name: $name, label: $label, unit: Unit::$unit, get: |x| x.$field.get() },)*]
    };
}

/// The numeric mediaStream metrics, in the order a quality engineer reads them.
pub const STREAM_METRICS: &[Metric<MediaStream>] = metrics![MediaStream;
    "averageJitter", "Jitter, average", Ms, average_jitter;
    "maxJitter", "Jitter, max", Ms, max_jitter;
    "averagePacketLossRate", "Packet loss, average", Ratio, average_packet_loss_rate;
    "maxPacketLossRate", "Packet loss, max", Ratio, max_packet_loss_rate;
    "averageRoundTripTime", "Round trip, average", Ms, average_round_trip_time;
    "maxRoundTripTime", "Round trip, max", Ms, max_round_trip_time;
    "averageAudioDegradation", "Audio degradation (network MOS), average", Mos, average_audio_degradation;
    "averageRatioOfConcealedSamples", "Concealed samples, average", Ratio, average_ratio_of_concealed_samples;
    "maxRatioOfConcealedSamples", "Concealed samples, max", Ratio, max_ratio_of_concealed_samples;
    "averageAudioNetworkJitter", "Audio network jitter, average", Ms, average_audio_network_jitter;
    "maxAudioNetworkJitter", "Audio network jitter, max (20 s windows)", Ms, max_audio_network_jitter;
    "packetUtilization", "Packets", Packets, packet_utilization;
    "averageBandwidthEstimate", "Bandwidth estimate, average", BitsPerSecond, average_bandwidth_estimate;
    "postForwardErrorCorrectionPacketLossRate", "Packet loss after FEC", Ratio, post_forward_error_correction_packet_loss_rate;
    "averageVideoPacketLossRate", "Video packet loss, average", Ratio, average_video_packet_loss_rate;
    "averageVideoFrameLossPercentage", "Video frame loss, average", Percent, average_video_frame_loss_percentage;
    "averageVideoFrameRate", "Video frame rate, average", Fps, average_video_frame_rate;
    "averageReceivedFrameRate", "Received frame rate, average", Fps, average_received_frame_rate;
    "lowFrameRateRatio", "Time below 7.5 fps", Ratio, low_frame_rate_ratio;
    "lowVideoProcessingCapabilityRatio", "Time with low video processing capability", Ratio, low_video_processing_capability_ratio;
    "averageFreezeDuration", "Video freeze, average", Ms, average_freeze_duration;
    "rmsFreezeDuration", "Video freeze, RMS", Ms, rms_freeze_duration;
];

/// The numeric networkInfo measures.
pub const NETWORK_METRICS: &[Metric<NetworkInfo>] = metrics![NetworkInfo;
    "delayEventRatio", "Delay events", Ratio, delay_event_ratio;
    "bandwidthLowEventRatio", "Low bandwidth events", Ratio, bandwidth_low_event_ratio;
    "receivedQualityEventRatio", "Poor received-quality events", Ratio, received_quality_event_ratio;
    "sentQualityEventRatio", "Poor sent-quality events", Ratio, sent_quality_event_ratio;
    "wifiSignalStrength", "Wi-Fi signal strength", Percent, wifi_signal_strength;
    "wifiBatteryCharge", "Battery charge", Percent, wifi_battery_charge;
    "linkSpeed", "Link speed", BitsPerSecond, link_speed;
];

/// The numeric deviceInfo measures.
pub const DEVICE_METRICS: &[Metric<DeviceInfo>] = metrics![DeviceInfo;
    "captureNotFunctioningEventRatio", "Microphone not functioning", Ratio, capture_not_functioning_event_ratio;
    "renderNotFunctioningEventRatio", "Speaker not functioning", Ratio, render_not_functioning_event_ratio;
    "deviceGlitchEventRatio", "Device glitch events", Ratio, device_glitch_event_ratio;
    "deviceClippingEventRatio", "Clipping events", Ratio, device_clipping_event_ratio;
    "cpuInsufficentEventRatio", "CPU insufficient", Ratio, cpu_insufficient_event_ratio;
    "lowSpeechLevelEventRatio", "Low speech level", Ratio, low_speech_level_event_ratio;
    "lowSpeechToNoiseEventRatio", "Low speech-to-noise", Ratio, low_speech_to_noise_event_ratio;
    "renderMuteEventRatio", "Speaker muted", Ratio, render_mute_event_ratio;
    "renderZeroVolumeEventRatio", "Speaker at zero volume", Ratio, render_zero_volume_event_ratio;
    "micGlitchRate", "Microphone glitches", PerFiveMinutes, mic_glitch_rate;
    "speakerGlitchRate", "Speaker glitches", PerFiveMinutes, speaker_glitch_rate;
    "howlingEventCount", "Howling events", Count, howling_event_count;
    "sentSignalLevel", "Sent signal level", Level, sent_signal_level;
    "sentNoiseLevel", "Sent noise level", Level, sent_noise_level;
    "receivedSignalLevel", "Received signal level", Level, received_signal_level;
    "receivedNoiseLevel", "Received noise level", Level, received_noise_level;
    "initialSignalLevelRootMeanSquare", "Initial signal level (RMS)", Level, initial_signal_level_root_mean_square;
];

#[cfg(test)]
mod tests {

    #[test]
    fn counts_are_grouped() {
        assert_eq!(format_value(Some(31288.0), Unit::Packets), "31,288 packets");
        assert_eq!(format_value(Some(1234567.0), Unit::Count), "1,234,567");
        // Grouping is the locale's (one source of truth: crate::i18n's LocaleFormat).
        assert_eq!(format_value(Some(-12345.25), Unit::Count), "-12,345.25");
        crate::i18n::set_current(crate::i18n::Lang::Ru);
        let ru = format_value(Some(31288.0), Unit::Packets);
        crate::i18n::set_current(crate::i18n::Lang::En);
        assert!(ru.starts_with("31\u{a0}288 "), "{ru}");
    }

    use super::*;

    #[test]
    fn units_and_not_reported() {
        assert_eq!(format_value(None, Unit::Ms), "not reported");
        assert_eq!(format_value(Some(f64::NAN), Unit::Ratio), "not reported");
        assert_eq!(format_value(Some(0.0), Unit::Ratio), "0 %");
        assert_eq!(format_value(Some(0.01381693), Unit::Ratio), "1.38 %");
        assert_eq!(format_value(Some(0.124), Unit::Ratio), "12.4 %");
        assert_eq!(format_value(Some(16.0), Unit::Ms), "16 ms");
        assert_eq!(format_value(Some(2.5), Unit::Ms), "2.5 ms");
        assert_eq!(format_value(Some(1.160898), Unit::Mos), "1.16");
        assert_eq!(format_value(Some(9_965_083.0), Unit::BitsPerSecond), "9.97 Mbit/s");
        assert_eq!(format_value(Some(4_294_967_295.0), Unit::BitsPerSecond), "unknown (4294967295)");
        assert_eq!(format_value(Some(55.0), Unit::Percent), "55 %");
    }

    #[test]
    fn catalogue_reads_the_fields() {
        let s = MediaStream {
            average_jitter: 7.0.into(),
            max_packet_loss_rate: 0.03738318.into(),
            ..MediaStream::default()
        };
        let find = |name| STREAM_METRICS.iter().find(|m| m.name == name).unwrap();
        assert_eq!(find("averageJitter").format(&s), "7 ms");
        assert_eq!(find("maxPacketLossRate").format(&s), "3.74 %");
        assert_eq!(find("averageRoundTripTime").format(&s), "not reported");
        assert_eq!(STREAM_METRICS.len(), 22);
        let names: std::collections::HashSet<_> = STREAM_METRICS.iter().map(|m| m.name).collect();
        assert_eq!(names.len(), STREAM_METRICS.len());
    }
}
