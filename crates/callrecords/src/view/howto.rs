//! "How do I get this JSON?": the one-time set-up (an app registration with application
//! permissions) and, for Microsoft Graph PowerShell, the Azure CLI and curl, the commands that
//! write Graph's responses to files, each naming the files it writes, and which files to drop
//! together. Data only: the page renders it with one component, and README.md's "Getting the
//! JSON" holds the same commands (a test keeps them equal).

/// The panel's title (also the text of every button that opens it).
pub const TITLE: &str = "How do I get this JSON?";

/// The panel's buttons and what a Copy button says after a click: copied, or (where the
/// clipboard cannot be written) the command selected for the keyboard.
pub const CLOSE: &str = "Close";
pub const COPY: &str = "Copy";
pub const COPIED: &str = "Copied";
pub const SELECTED: &str = "Selected: press Ctrl+C (⌘C on a Mac) to copy";

/// A Copy button's accessible name: "Copy: Sign in as the app… — Azure CLI (az rest)".
pub fn copy_label(what: &str, tool: &Tool) -> String {
    format!("{}: {what} — {}", tr("howto-copy", COPY), tool.name_text())
}

/// One text of the panel in the current language: the message `id`, or the English text here
/// (the catalogue's source) when there is none.
pub fn tr(id: &str, english: &str) -> String {
    crate::i18n::lookup(id, &[]).unwrap_or_else(|| english.to_string())
}

/// The set-up steps, the drop notes: each in the current language.
pub fn setup_steps() -> Vec<String> {
    SETUP.iter().enumerate().map(|(i, s)| tr(&format!("howto-setup-{i}"), s)).collect()
}

pub fn drop_notes() -> Vec<String> {
    DROP.iter().enumerate().map(|(i, s)| tr(&format!("howto-drop-{i}"), s)).collect()
}

/// The first paragraph.
pub const INTRO: &str = "Microsoft Graph gives call records only to an app of your own, signed in as itself: \
     set one up once, then run a command for each file you want. This page fetches nothing: \
     run the commands on your computer, then open or drop the files they wrote.";

/// The heading of the one-time set-up.
pub const SETUP_TITLE: &str = "Once: an app that may read call records";

/// The set-up, in order.
pub const SETUP: &[&str] = &[
    "In the Microsoft Entra admin center, App registrations → New registration: any name, \
     this tenant only, no redirect URI.",
    "API permissions → Add a permission → Microsoft Graph → Application permissions: \
     CallRecords.Read.All for call records (it reads the PSTN and Direct Routing logs too), or \
     CallRecord-PstnCalls.Read.All for the PSTN and Direct Routing logs only. Then Grant admin consent.",
    "Certificates & secrets: upload a certificate (better) or add a client secret. The Overview page \
     shows the Application (client) ID and the Directory (tenant) ID the commands ask for.",
    "Sign in as the app, not as yourself: call records need application permissions, and a \
     delegated (user) sign-in cannot read them, whatever your role. That is also why Graph \
     Explorer cannot fetch them.",
];

/// What to know about the data before fetching it.
pub const LIMITS: &str = "Graph keeps a call record for 30 days after the call. getPstnCalls takes at \
     most 90 days per request.";

/// Why every command writes the response to a file itself.
pub const WHY_FILES: &str = "Every command writes Graph's response to a file byte for byte \
     (-OutputFilePath, --output-file, -o). Do not pass it through ConvertTo-Json: its default \
     -Depth 2 cuts off the sessions, segments and streams.";

/// The heading of [`DROP`].
pub const DROP_TITLE: &str = "Which files to drop together";

/// Which files to load together.
pub const DROP: &[&str] = &[
    "A call record with its sessions pages: callrecord-<id>.json and callrecord-<id>-sessions-2.json, \
     -3.json…; the pages join their record by its id, in any order.",
    "Log pages together: pstn-1.json, pstn-2.json… and direct-routing-1.json, direct-routing-2.json….",
    "Any number of files at once: select them all in Open files…, or drop them on the page. Loading \
     more later adds to what is loaded.",
];

/// The beta logs of the Other logs tab.
pub const BETA: &str = "The beta logs (Other logs tab) come the same way: in the PSTN command, use \
     beta/communications/callRecords/getSmsLog(…), getPstnBlockedUsersLog(…) or \
     getPstnOnlineMeetingDialoutReport(…) with the same fromDateTime and toDateTime.";

/// What a command fetches; its description and the files it writes are the same whatever the
/// tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fetch {
    /// One call record with its sessions and segments, and its further sessions pages.
    Record,
    /// The call records of one day (a list, without sessions), every page.
    Day,
    /// getPstnCalls over a date range, every page.
    Pstn,
    /// getDirectRoutingCalls over a date range, every page.
    DirectRouting,
}

impl Fetch {
    pub const ALL: [Fetch; 4] = [Fetch::Record, Fetch::Day, Fetch::Pstn, Fetch::DirectRouting];

    /// A stable name for the page (`data-command`) and the tests.
    pub fn id(self) -> &'static str {
        match self {
            Fetch::Record => "record",
            Fetch::Day => "day",
            Fetch::Pstn => "pstn",
            Fetch::DirectRouting => "direct-routing",
        }
    }

    /// The command's heading.
    /// What the command fetches, in the current language.
    pub fn what_text(self) -> String {
        tr(&format!("howto-what-{}", self.id()), self.what())
    }

    /// The files it writes, in the current language.
    pub fn writes_text(self) -> String {
        tr(&format!("howto-writes-{}", self.id()), self.writes())
    }

    /// The note under it, in the current language.
    pub fn note_text(self) -> Option<String> {
        self.note().map(|n| tr(&format!("howto-note-{}", self.id()), n))
    }

    pub fn what(self) -> &'static str {
        match self {
            Fetch::Record => "One call record with its sessions and segments",
            Fetch::Day => "Every call record of one day",
            Fetch::Pstn => "PSTN calls over a date range (getPstnCalls)",
            Fetch::DirectRouting => "Direct Routing calls over a date range (getDirectRoutingCalls)",
        }
    }

    /// The files the command writes ("Writes …"), said once for every tool.
    pub fn writes(self) -> &'static str {
        match self {
            Fetch::Record => {
                "Writes callrecord-<id>.json, then callrecord-<id>-sessions-2.json, -3.json… while Graph has \
                 more sessions (it sends 60 a page)"
            }
            Fetch::Day => "Writes callrecords-2026-03-17-1.json, -2.json…, one file per page",
            Fetch::Pstn => "Writes pstn-1.json, pstn-2.json…, one file per 1,000 rows",
            Fetch::DirectRouting => "Writes direct-routing-1.json, direct-routing-2.json…, one file per 1,000 rows",
        }
    }

    /// What to know about the result, if anything.
    pub fn note(self) -> Option<&'static str> {
        match self {
            Fetch::Record => {
                Some("Put the call's id (from Teams admin center, a list, or a PSTN row) in the first line.")
            }
            Fetch::Day => Some(
                "A list has each call's times, type, modalities and organizer, but no sessions: fetch the \
                 calls you want judged with the command above.",
            ),
            Fetch::Pstn | Fetch::DirectRouting => Some("Change the dates in the first line."),
        }
    }
}

/// A command to copy: what it is for and its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub label: &'static str,
    pub code: &'static str,
}

/// A command that fetches data, and the files it writes (as the command spells them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Command {
    pub fetch: Fetch,
    pub code: &'static str,
    pub files: &'static [&'static str],
}

/// One way to run the commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tool {
    /// A stable name (`data-tool` on the page).
    pub id: &'static str,
    pub name: &'static str,
    /// What it needs and where it runs.
    pub needs: &'static str,
    /// The option before each file name in [`Tool::commands`].
    pub output_flag: &'static str,
    /// Installing and signing in, before the commands.
    pub setup: &'static [Snippet],
    /// One per [`Fetch`], in [`Fetch::ALL`] order.
    pub commands: &'static [Command],
}

/// Microsoft Graph PowerShell, the Azure CLI, curl.
pub const TOOLS: &[Tool] = &[POWERSHELL, AZ, CURL];

impl Tool {
    /// The tool's name ("curl (for scripts)"), in the current language.
    pub fn name_text(&self) -> String {
        tr(&format!("howto-name-{}", self.id), self.name)
    }

    /// What it needs, in the current language.
    pub fn needs_text(&self) -> String {
        tr(&format!("howto-needs-{}", self.id), self.needs)
    }

    /// The label of set-up snippet `i`, in the current language.
    pub fn setup_label(&self, i: usize) -> String {
        self.setup.get(i).map(|s| tr(&format!("howto-snippet-{}-{i}", self.id), s.label)).unwrap_or_default()
    }
}

const POWERSHELL: Tool = Tool {
    id: "powershell",
    name: "Microsoft Graph PowerShell",
    needs: "PowerShell 7 and the Microsoft.Graph.Authentication module (Connect-MgGraph, Invoke-MgGraphRequest).",
    output_flag: "-OutputFilePath",
    setup: &[
        Snippet {
            label: "Install the module (once)",
            code: "Install-Module Microsoft.Graph.Authentication -Scope CurrentUser",
        },
        Snippet {
            label: "Sign in as the app with its certificate (in your certificate store)",
            code: r#"Connect-MgGraph -TenantId "<tenant id>" -ClientId "<app id>" -CertificateThumbprint "<thumbprint>" -NoWelcome"#,
        },
        Snippet {
            label: "…or with a client secret (type the secret as the password)",
            code: r#"Connect-MgGraph -TenantId "<tenant id>" -ClientSecretCredential (Get-Credential -UserName "<app id>") -NoWelcome"#,
        },
    ],
    commands: &[
        Command {
            fetch: Fetch::Record,
            code: r#"$id = "<call record id>"
Invoke-MgGraphRequest -Method GET -Uri "https://graph.microsoft.com/v1.0/communications/callRecords/${id}?`$expand=sessions(`$expand=segments)" -OutputFilePath "callrecord-$id.json"
$next = (Get-Content "callrecord-$id.json" -Raw | ConvertFrom-Json).'sessions@odata.nextLink'
$n = 2
while ($next) {
  Invoke-MgGraphRequest -Method GET -Uri $next -OutputFilePath "callrecord-$id-sessions-$n.json"
  $next = (Get-Content "callrecord-$id-sessions-$n.json" -Raw | ConvertFrom-Json).'@odata.nextLink'
  $n++
}"#,
            files: &["callrecord-$id.json", "callrecord-$id-sessions-$n.json"],
        },
        Command {
            fetch: Fetch::Day,
            code: r#"$uri = "https://graph.microsoft.com/v1.0/communications/callRecords?`$filter=startDateTime%20ge%202026-03-17T00:00:00Z%20and%20startDateTime%20lt%202026-03-18T00:00:00Z"
$n = 1
while ($uri) {
  Invoke-MgGraphRequest -Method GET -Uri $uri -OutputFilePath "callrecords-2026-03-17-$n.json"
  $uri = (Get-Content "callrecords-2026-03-17-$n.json" -Raw | ConvertFrom-Json).'@odata.nextLink'
  $n++
}"#,
            files: &["callrecords-2026-03-17-$n.json"],
        },
        Command {
            fetch: Fetch::Pstn,
            code: r#"$uri = "https://graph.microsoft.com/v1.0/communications/callRecords/getPstnCalls(fromDateTime=2026-03-01,toDateTime=2026-03-18)"
$n = 1
while ($uri) {
  Invoke-MgGraphRequest -Method GET -Uri $uri -OutputFilePath "pstn-$n.json"
  $uri = (Get-Content "pstn-$n.json" -Raw | ConvertFrom-Json).'@odata.nextLink'
  $n++
}"#,
            files: &["pstn-$n.json"],
        },
        Command {
            fetch: Fetch::DirectRouting,
            code: r#"$uri = "https://graph.microsoft.com/v1.0/communications/callRecords/getDirectRoutingCalls(fromDateTime=2026-03-01,toDateTime=2026-03-18)"
$n = 1
while ($uri) {
  Invoke-MgGraphRequest -Method GET -Uri $uri -OutputFilePath "direct-routing-$n.json"
  $uri = (Get-Content "direct-routing-$n.json" -Raw | ConvertFrom-Json).'@odata.nextLink'
  $n++
}"#,
            files: &["direct-routing-$n.json"],
        },
    ],
};

const AZ: Tool = Tool {
    id: "az",
    name: "Azure CLI (az rest)",
    needs: "The Azure CLI and jq, in bash. az rest adds the Graph token itself.",
    output_flag: "--output-file",
    setup: &[
        Snippet {
            label: "Sign in as the app with a client secret",
            code: r#"az login --service-principal -u "<app id>" -p "<client secret>" --tenant "<tenant id>" --allow-no-subscriptions"#,
        },
        Snippet {
            label: "…or with its certificate (a PEM file with the private key; older versions take it as -p)",
            code: r#"az login --service-principal -u "<app id>" --certificate app.pem --tenant "<tenant id>" --allow-no-subscriptions"#,
        },
    ],
    commands: &[
        Command {
            fetch: Fetch::Record,
            code: r#"ID="<call record id>"
az rest --method get --url "https://graph.microsoft.com/v1.0/communications/callRecords/$ID?\$expand=sessions(\$expand=segments)" --output-file "callrecord-$ID.json"
next=$(jq -r '."sessions@odata.nextLink" // empty' "callrecord-$ID.json")
n=2
while [ -n "$next" ]; do
  az rest --method get --url "$next" --output-file "callrecord-$ID-sessions-$n.json"
  next=$(jq -r '."@odata.nextLink" // empty' "callrecord-$ID-sessions-$n.json")
  n=$((n+1))
done"#,
            files: &["callrecord-$ID.json", "callrecord-$ID-sessions-$n.json"],
        },
        Command {
            fetch: Fetch::Day,
            code: r#"url='https://graph.microsoft.com/v1.0/communications/callRecords?$filter=startDateTime%20ge%202026-03-17T00:00:00Z%20and%20startDateTime%20lt%202026-03-18T00:00:00Z'
n=1
while [ -n "$url" ]; do
  az rest --method get --url "$url" --output-file "callrecords-2026-03-17-$n.json"
  url=$(jq -r '."@odata.nextLink" // empty' "callrecords-2026-03-17-$n.json")
  n=$((n+1))
done"#,
            files: &["callrecords-2026-03-17-$n.json"],
        },
        Command {
            fetch: Fetch::Pstn,
            code: r#"url='https://graph.microsoft.com/v1.0/communications/callRecords/getPstnCalls(fromDateTime=2026-03-01,toDateTime=2026-03-18)'
n=1
while [ -n "$url" ]; do
  az rest --method get --url "$url" --output-file "pstn-$n.json"
  url=$(jq -r '."@odata.nextLink" // empty' "pstn-$n.json")
  n=$((n+1))
done"#,
            files: &["pstn-$n.json"],
        },
        Command {
            fetch: Fetch::DirectRouting,
            code: r#"url='https://graph.microsoft.com/v1.0/communications/callRecords/getDirectRoutingCalls(fromDateTime=2026-03-01,toDateTime=2026-03-18)'
n=1
while [ -n "$url" ]; do
  az rest --method get --url "$url" --output-file "direct-routing-$n.json"
  url=$(jq -r '."@odata.nextLink" // empty' "direct-routing-$n.json")
  n=$((n+1))
done"#,
            files: &["direct-routing-$n.json"],
        },
    ],
};

const CURL: Tool = Tool {
    id: "curl",
    name: "curl (for scripts)",
    needs: "curl and jq, in bash, with a client secret (a certificate needs a signed assertion: use \
            PowerShell or az for that). The token lasts about an hour.",
    output_flag: "-o",
    setup: &[Snippet {
        label: "Get a token as the app (client credentials)",
        code: r#"TOKEN=$(curl -sS "https://login.microsoftonline.com/<tenant id>/oauth2/v2.0/token" \
  --data-urlencode "client_id=<app id>" \
  --data-urlencode "client_secret=<client secret>" \
  --data-urlencode "scope=https://graph.microsoft.com/.default" \
  --data-urlencode "grant_type=client_credentials" | jq -r .access_token)"#,
    }],
    commands: &[
        Command {
            fetch: Fetch::Record,
            code: r#"ID="<call record id>"
curl -sS -g -H "Authorization: Bearer $TOKEN" "https://graph.microsoft.com/v1.0/communications/callRecords/$ID?\$expand=sessions(\$expand=segments)" -o "callrecord-$ID.json"
next=$(jq -r '."sessions@odata.nextLink" // empty' "callrecord-$ID.json")
n=2
while [ -n "$next" ]; do
  curl -sS -g -H "Authorization: Bearer $TOKEN" "$next" -o "callrecord-$ID-sessions-$n.json"
  next=$(jq -r '."@odata.nextLink" // empty' "callrecord-$ID-sessions-$n.json")
  n=$((n+1))
done"#,
            files: &["callrecord-$ID.json", "callrecord-$ID-sessions-$n.json"],
        },
        Command {
            fetch: Fetch::Day,
            code: r#"url='https://graph.microsoft.com/v1.0/communications/callRecords?$filter=startDateTime%20ge%202026-03-17T00:00:00Z%20and%20startDateTime%20lt%202026-03-18T00:00:00Z'
n=1
while [ -n "$url" ]; do
  curl -sS -g -H "Authorization: Bearer $TOKEN" "$url" -o "callrecords-2026-03-17-$n.json"
  url=$(jq -r '."@odata.nextLink" // empty' "callrecords-2026-03-17-$n.json")
  n=$((n+1))
done"#,
            files: &["callrecords-2026-03-17-$n.json"],
        },
        Command {
            fetch: Fetch::Pstn,
            code: r#"url='https://graph.microsoft.com/v1.0/communications/callRecords/getPstnCalls(fromDateTime=2026-03-01,toDateTime=2026-03-18)'
n=1
while [ -n "$url" ]; do
  curl -sS -g -H "Authorization: Bearer $TOKEN" "$url" -o "pstn-$n.json"
  url=$(jq -r '."@odata.nextLink" // empty' "pstn-$n.json")
  n=$((n+1))
done"#,
            files: &["pstn-$n.json"],
        },
        Command {
            fetch: Fetch::DirectRouting,
            code: r#"url='https://graph.microsoft.com/v1.0/communications/callRecords/getDirectRoutingCalls(fromDateTime=2026-03-01,toDateTime=2026-03-18)'
n=1
while [ -n "$url" ]; do
  curl -sS -g -H "Authorization: Bearer $TOKEN" "$url" -o "direct-routing-$n.json"
  url=$(jq -r '."@odata.nextLink" // empty' "direct-routing-$n.json")
  n=$((n+1))
done"#,
            files: &["direct-routing-$n.json"],
        },
    ],
};

/// Every command of every tool, setup first: what the tests check and README.md repeats.
pub fn all_code() -> impl Iterator<Item = &'static str> {
    TOOLS.iter().flat_map(|t| t.setup.iter().map(|s| s.code).chain(t.commands.iter().map(|c| c.code)))
}

/// The hosts of the `https://` URLs in a command.
pub fn hosts(code: &str) -> Vec<&str> {
    code.match_indices("https://")
        .map(|(at, scheme)| {
            let rest = &code[at + scheme.len()..];
            let end = rest.find(|c: char| matches!(c, '/' | '"' | '\'' | ')' | '?') || c.is_whitespace());
            &rest[..end.unwrap_or(rest.len())]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTS: [&str; 2] = ["graph.microsoft.com", "login.microsoftonline.com"];

    #[test]
    fn every_tool_has_every_fetch_in_order() {
        for tool in TOOLS {
            let fetches: Vec<Fetch> = tool.commands.iter().map(|c| c.fetch).collect();
            assert_eq!(fetches, Fetch::ALL, "{}", tool.id);
            assert!(!tool.setup.is_empty(), "{}: how to sign in", tool.id);
        }
    }

    #[test]
    fn every_command_is_non_empty_and_names_the_files_it_writes() {
        for tool in TOOLS {
            for snippet in tool.setup {
                assert!(!snippet.code.trim().is_empty() && !snippet.label.is_empty(), "{}", tool.id);
            }
            for command in tool.commands {
                let at = format!("{} {}", tool.id, command.fetch.id());
                assert!(!command.code.trim().is_empty(), "{at}");
                assert!(!command.files.is_empty(), "{at}: names no file");
                for file in command.files {
                    assert!(file.ends_with(".json"), "{at}: {file}");
                    let written = format!("{} \"{file}\"", tool.output_flag);
                    assert!(command.code.contains(&written), "{at} does not write {file} with {}", tool.output_flag);
                    // The file names the page shows are the ones the command writes.
                    let shown = file.replace("$id", "<id>").replace("$ID", "<id>");
                    let named = ["1", "2"].iter().any(|n| command.fetch.writes().contains(&shown.replace("$n", n)));
                    assert!(named, "{at}: {file} is not in \"{}\"", command.fetch.writes());
                }
                // Nothing goes through ConvertTo-Json (its default depth cuts nested data).
                assert!(!command.code.contains("ConvertTo-Json"), "{at}");
            }
        }
    }

    #[test]
    fn commands_reach_only_graph_and_the_sign_in_endpoint() {
        for code in all_code() {
            assert!(!code.contains("http://"), "{code}");
            for host in hosts(code) {
                assert!(HOSTS.contains(&host), "{host} in {code}");
            }
        }
        let hosts: Vec<&str> = all_code().flat_map(hosts).collect();
        assert!(hosts.contains(&"graph.microsoft.com") && hosts.contains(&"login.microsoftonline.com"));
        assert_eq!(
            super::hosts("see \"https://graph.microsoft.com/v1.0/x\" and https://example.org"),
            ["graph.microsoft.com", "example.org"]
        );
    }

    #[test]
    fn copy_buttons_name_what_they_copy() {
        assert_eq!(copy_label("Get a token", &CURL), "Copy: Get a token — curl (for scripts)");
        assert!(copy_label("x", &AZ).starts_with(COPY), "the accessible name starts with the visible text");
    }

    #[test]
    fn powershell_escapes_what_it_must() {
        let record = POWERSHELL.commands[0].code;
        // `$expand` inside double quotes is escaped with a backtick; `$id?` would read a variable
        // named "id?" (PowerShell allows ? in names), hence ${id}.
        assert!(record.contains("${id}?`$expand=sessions(`$expand=segments)"), "{record}");
        assert!(!record.contains("$id?"));
        for command in POWERSHELL.commands {
            assert!(!command.code.contains("?$"), "unescaped $ in a PowerShell string: {}", command.code);
        }
    }

    #[test]
    fn readme_holds_every_command_verbatim() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md");
        let readme = std::fs::read_to_string(path).expect("README.md at the workspace root");
        let section = readme.split("\n## Getting the JSON\n").nth(1).expect("a \"Getting the JSON\" section");
        let section = section.split("\n## ").next().unwrap_or_default();
        for code in all_code() {
            assert!(section.contains(code), "README.md's \"Getting the JSON\" lacks:\n{code}");
        }
        for fact in ["CallRecords.Read.All", "CallRecord-PstnCalls.Read.All", "Graph Explorer", "ConvertTo-Json"] {
            assert!(section.contains(fact), "{fact}");
        }
    }
}
