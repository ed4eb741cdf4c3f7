# core messages
enum-CallType-unknown = tipo desconhecido
enum-CallType-groupCall = chamada em grupo
enum-CallType-peerToPeer = ponto a ponto
enum-Modality-audio = áudio
enum-Modality-video = vídeo
enum-Modality-videoBasedScreenSharing = compartilhamento de tela
enum-Modality-data = dados
enum-Modality-screenSharing = compartilhamento de tela (RDP)
enum-MediaStreamDirection-callerToCallee = chamador → chamado
enum-MediaStreamDirection-calleeToCaller = chamado → chamador
enum-NetworkConnectionType-wired = com fio
enum-NetworkConnectionType-mobile = celular
enum-NetworkConnectionType-tunnel = túnel (VPN)
enum-ProductFamily-unknown = produto desconhecido
enum-ClientPlatform-unknown = plataforma desconhecida
enum-ClientPlatform-web = navegador da Web
enum-ClientPlatform-ipPhone = telefone IP
enum-ClientPlatform-roomSystem = sistema de sala
enum-FailureStage-unknown = etapa desconhecida
enum-FailureStage-callSetup = configuração da chamada
enum-FailureStage-midcall = durante a chamada
enum-UserFeedbackRating-notRated = não avaliado
enum-UserFeedbackRating-bad = ruim
enum-UserFeedbackRating-poor = fraco
enum-UserFeedbackRating-fair = razoável
enum-UserFeedbackRating-good = bom
enum-UserFeedbackRating-excellent = excelente
enum-ServiceRole-unknown = Serviço
enum-ServiceRole-customBot = Bot
enum-ServiceRole-skypeForBusinessMicrosoftTeamsGateway = Gateway Skype for Business–Teams
enum-ServiceRole-skypeForBusinessAudioVideoMcu = Servidor de conferência
enum-ServiceRole-skypeForBusinessApplicationSharingMcu = Servidor de compartilhamento de aplicativos
enum-ServiceRole-skypeForBusinessCallQueues = Fila de chamadas
enum-ServiceRole-skypeForBusinessAutoAttendant = Atendedor automático
enum-ServiceRole-mediationServer = Servidor de mediação (PSTN)
enum-ServiceRole-mediationServerCloudConnectorEdition = Servidor de mediação (Cloud Connector)
enum-ServiceRole-exchangeUnifiedMessagingService = Unificação de Mensagens do Exchange
enum-ServiceRole-mediaController = Controlador de mídia
enum-ServiceRole-conferencingAnnouncementService = Serviço de anúncios de conferência
enum-ServiceRole-conferencingAttendant = Atendedor de conferência
enum-ServiceRole-audioTeleconferencerController = Audioconferência (discagem)
enum-ServiceRole-skypeForBusinessUnifiedCommunicationApplicationPlatform = Plataforma de aplicativos de UC
enum-ServiceRole-responseGroupServiceAnnouncementService = Serviço de anúncios do grupo de resposta
enum-ServiceRole-gateway = Gateway PSTN
enum-ServiceRole-skypeForBusinessAttendant = Atendedor do Skype for Business
enum-ServiceRole-responseGroupService = Serviço de grupo de resposta
enum-ServiceRole-voicemail = Caixa postal
enum-ServiceRole-unknownFutureValue = Serviço
enum-AudioCodec-invalid = inválido
enum-AudioCodec-multiChannelAudio = áudio multicanal
enum-AudioCodec-satinFullband = SATIN banda completa
enum-AudioCodec-silkNarrow = SILK banda estreita
enum-AudioCodec-silkWide = SILK banda larga
enum-VideoCodec-invalid = inválido
enum-PstnCallDurationSource-operator = operadora
enum-PstnUserBlockMode-blocked = bloqueado
enum-PstnUserBlockMode-unblocked = desbloqueado
enum-EndpointType-default = padrão
enum-EndpointType-voicemail = caixa postal
enum-EndpointType-skypeForBusinessVoipPhone = telefone IP do Skype for Business
enum-CallType-unknownFutureValue = valor futuro desconhecido
enum-Modality-unknownFutureValue = valor futuro desconhecido
enum-NetworkConnectionType-unknownFutureValue = valor futuro desconhecido
enum-WifiBand-unknownFutureValue = valor futuro desconhecido
enum-WifiRadioType-unknownFutureValue = valor futuro desconhecido
enum-NetworkTransportProtocol-unknownFutureValue = valor futuro desconhecido
enum-ProductFamily-unknownFutureValue = valor futuro desconhecido
enum-ClientPlatform-unknownFutureValue = valor futuro desconhecido
enum-FailureStage-unknownFutureValue = valor futuro desconhecido
enum-UserFeedbackRating-unknownFutureValue = valor futuro desconhecido
enum-AudioCodec-unknownFutureValue = valor futuro desconhecido
enum-VideoCodec-unknownFutureValue = valor futuro desconhecido
enum-PstnUserBlockMode-unknownFutureValue = valor futuro desconhecido
enum-EndpointType-unknownFutureValue = valor futuro desconhecido
enum-Modality-unknown = desconhecido
enum-NetworkConnectionType-unknown = desconhecido
enum-WifiBand-unknown = desconhecido
enum-WifiRadioType-unknown = desconhecido
enum-NetworkTransportProtocol-unknown = desconhecido
enum-AudioCodec-unknown = desconhecido
enum-VideoCodec-unknown = desconhecido
not-reported = não relatado
unit-ms = { $value } ms
unit-fps = { $value } qps
unit-packets = { $count ->
    [one] { $value } pacote
   *[other] { $value } pacotes
}
unit-per-5-min = { $value } a cada 5 min
link-speed-unknown = desconhecida (4294967295)
duration-s = { $s } s
duration-min = { $m } min
duration-min-s = { $m } min { $s } s
duration-h = { $h } h
duration-h-min = { $h } h { $m } min
list-separator = { ", " }
list-and = { $init } e { $last }
list-or = { $init } ou { $last }
unit-percent = { $value } %
rule-label-audio_gate = Áudio avaliado acima de
rule-words-audio_gate = utilização de pacotes
rule-label-audio_rtt = Tempo de ida e volta do áudio acima de
rule-words-audio_rtt = tempo de ida e volta
rule-label-audio_loss = Perda de pacotes de áudio acima de
rule-words-audio_loss = perda de pacotes
rule-label-audio_jitter = Tremulação do áudio acima de
rule-words-audio_jitter = tremulação
rule-label-audio_degradation = Degradação do áudio acima de
rule-words-audio_degradation = degradação do áudio
rule-label-audio_concealed = Amostras ocultadas acima de
rule-words-audio_concealed = amostras ocultadas
rule-label-video_gate = Vídeo avaliado acima de
rule-words-video_gate = utilização de pacotes
rule-label-video_frame_loss = Perda de quadros de vídeo acima de
rule-words-video_frame_loss = perda de quadros
rule-label-video_frame_rate = Taxa de quadros de vídeo abaixo de
rule-words-video_frame_rate = taxa de quadros
rule-label-video_post_fec = Perda de vídeo após FEC acima de
rule-words-video_post_fec = perda de pacotes após FEC
rule-label-vbss_frame_loss = Perda de quadros do compartilhamento de tela acima de
rule-words-vbss_frame_loss = perda de quadros
rule-label-vbss_frame_rate = Taxa de quadros do compartilhamento de tela abaixo de
rule-words-vbss_frame_rate = taxa de quadros
rule-label-vbss_post_fec = Perda do compartilhamento de tela após FEC acima de
rule-words-vbss_post_fec = perda de pacotes após FEC
unit-ms-short = ms
unit-fps-short = qps
unit-mos-points = pontos MOS
unit-packets-short = pacotes
rules-name-current = CQD, atual (2022–)
rules-name-classic = CQD, clássico (até 2020)
rules-name-interim = CQD, provisório (2021)
rules-name-network = Metas de rede (cliente até a borda da Microsoft)
rules-name-custom = Limites personalizados
rules-short-current = o CQD atual
rules-short-classic = o CQD clássico
rules-short-interim = o CQD provisório
rules-short-network = as metas de rede
rules-short-custom = os limites personalizados
limit-minimum = mínimo de { $value }
limit-maximum = limite de { $value }
cmp-limit = limite
cmp-minimum = mínimo
verdict-line = { $tally } — avaliado por { $rules }
verdict-good = Bom
verdict-unclassified = Não classificado
verdict-poor = Fraco
verdict-word-good = bom
verdict-word-unclassified = não classificado
verdict-word-poor = fraco
tally-and-unclassified = , { $count } não classificados
tally-none = nenhum fluxo
tally-one = 1 fluxo, { $verdict }
tally-all-poor = todos os { $total } fluxos fracos
tally-all-good = todos os { $total } fluxos bons
tally-all-unclassified = todos os { $total } fluxos não classificados
tally-some-poor = { $count } de { $total } fluxos fracos
tally-some-good = { $count } de { $total } fluxos bons
severity-error = Erro
severity-warning = Aviso
severity-note = Observação
reason-non-number = um valor não numérico
reason-not-a-measurement = { $metric } { $value } não é uma medição válida (tratado como não relatado)
reason-breach = { $metric } { $value } { $cmp } { $limit }
reason-not-reported = { $metrics } não relatado
reason-gate = { $metric } { $value } ≤ { $limit }
reason-no-rules = nenhuma regra para { $media } neste conjunto de regras
reason-below-gate = não contado abaixo do limite de utilização de pacotes: { $breaches }
reason-decided-by = decidido por { $metric } { $value } { $cmp } { $limit }, a primeira métrica relatada das regras ordenadas
reason-decides-first = não contado, { $metric } decide primeiro: { $breaches }
reason-satin = { $metrics } não aplicado: o codec é SATIN
reason-vbss-direction = não foi possível determinar se é de entrada ou de saída (direção do fluxo ou tipos de ponto de extremidade não relatados), e as regras atuais de compartilhamento de tela dependem disso para fluxos que não são H264S
reason-vbss-server = fluxo entre dois pontos de extremidade de serviço: as regras atuais de compartilhamento de tela abrangem somente fluxos de clientes
reason-app-sharing = nenhuma regra para compartilhamento de aplicativos (o CQD usa métricas RDP que o Graph não relata)
reason-data = nenhuma regra para dados
reason-kind-unknown-label = tipo de mídia desconhecido (rótulo "{ $label }" não reconhecido e nenhum codec ou métrica específica do tipo)
reason-kind-unknown = tipo de mídia desconhecido ({ $basis })
media-audio = áudio
media-video = vídeo
media-vbss = compartilhamento de tela
media-app-sharing = compartilhamento de aplicativos
media-data = dados
media-unknown = mídia
basis-label = pelo rótulo de mídia "{ $label }"
basis-codec = pelo codec { $codec }
basis-metrics = pelas métricas relatadas
basis-modality = pela única modalidade da sessão, { $modality }
basis-undetermined = nenhum rótulo, codec ou métrica específica do tipo indica
net-wifi-band = no Wi-Fi de { $band }
net-wifi = no Wi-Fi
net-wired = em uma rede com fio
net-mobile = em dados móveis
net-vpn = por uma VPN
net-and-tcp = { $network } via TCP
net-tcp = via TCP
subject-inbound-from = { $media } de entrada de { $to } vindo de { $from }
subject-inbound = { $media } de entrada de { $to }
subject-outbound = { $media } de saída de { $from }
subject-direction = { $media } { $direction }
summary-call = { $kind ->
    [group] Chamada em grupo
    [p2p] Chamada ponto a ponto
   *[other] Chamada
}
summary-call-with = { $kind ->
    [group] Chamada em grupo com { $modalities }
    [p2p] Chamada ponto a ponto com { $modalities }
   *[other] Chamada com { $modalities }
}
summary-between = { $call } entre { $a } e { $b }
summary-one-participant = { $atleast ->
    [yes] { $call }, pelo menos 1 participante ({ $name })
   *[no] { $call }, 1 participante ({ $name })
}
summary-participants = { $atleast ->
    [yes] { $call }, pelo menos { $count } participantes
   *[no] { $call }, { $count } participantes
}
summary-duration = { $call }, { $duration }
summary-placeholder = { $call } (somente páginas do registro { $id } foram carregadas, não o próprio registro)
summary-sentence = { $text }.
summary-only-stream = seu único fluxo foi { $verdict }
summary-no-sessions = As sessões não foram carregadas: carregue o registro com { $query } para avaliar seus fluxos.
summary-no-segments = Os segmentos não foram carregados: liste as sessões com { $query } para avaliar seus fluxos.
summary-no-streams = Nenhum fluxo de mídia foi relatado nas sessões.
summary-under = Segundo { $rules }, { $tally }
summary-poor-stream = { $subject } ({ $details })
summary-poor-list = { $text }: { $list }
summary-and-more = { $text }; e mais { $count }
summary-and-more-reasons = { $count ->
    [one] { $text }; e mais { $count } motivo
   *[other] { $text }; e mais { $count } motivos
}
summary-reasons = { $text } ({ $reasons })
summary-more-sessions = { $text }; existem mais sessões que não foram carregadas
summary-feedback = { $who } { $what }
summary-failure = a sessão de { $who } { $what }
summary-more = mais { $count }
summary-person-conditions = { $who }: { $conditions }
summary-more-people = { $count ->
    [one] e mais { $count } pessoa
   *[other] e mais { $count } pessoas
}
summary-conditions = Dispositivo e rede: { $conditions }.
summary-incomplete = { $count ->
    [one] Incompleto: { $count } sessão perdida devido a um erro de sintaxe no arquivo; isto abrange apenas as sessões que puderam ser lidas.
   *[other] Incompleto: { $count } sessões perdidas devido a um erro de sintaxe no arquivo; isto abrange apenas as sessões que puderam ser lidas.
}
check-captureNotFunctioningEventRatio = microfone não está funcionando
check-renderNotFunctioningEventRatio = alto-falante não está funcionando
check-howlingEventCount = microfonia ou chiado
check-deviceClippingEventRatio = saturação do microfone
check-deviceGlitchEventRatio = falhas do dispositivo de áudio
check-micGlitchRate = falhas do microfone
check-speakerGlitchRate = falhas do alto-falante
check-lowSpeechLevelEventRatio = nível de fala muito baixo
check-lowSpeechToNoiseEventRatio = sinal de microfone com ruído (baixa relação fala/ruído)
check-cpuInsufficentEventRatio = CPU insuficiente para mídia
check-renderMuteEventRatio = alto-falante sem áudio
check-renderZeroVolumeEventRatio = volume do alto-falante em zero
check-delayEventRatio = o atraso da rede prejudicou a conversa bidirecional
check-bandwidthLowEventRatio = largura de banda muito baixa para o áudio enviado
check-receivedQualityEventRatio = a rede degradou o áudio recebido
check-sentQualityEventRatio = a rede degradou o áudio enviado
token-NoSound = sem som
token-OtherNoSound = outros não ouviram som
token-Echo = eco
token-Noisy = ruído
token-LowVolume = volume baixo
token-Stopped = áudio parou
token-DistortedSound = som distorcido
token-Interruptions = interrupções
finding-rated = avaliou a chamada como { $rating }
finding-rated-tokens = avaliou a chamada como { $rating } ({ $tokens })
evidence-tokens = ; tokens verdadeiros: { $tokens }
evidence-text = ; texto: "{ $text }"
unknown-participants = participantes desconhecidos
unknown-caller = chamador desconhecido
unknown-callee = chamado desconhecido
finding-failed-setup = falhou na configuração da chamada
finding-failed-midcall = falhou durante a chamada
finding-failed-stage = falhou na etapa { $stage }
finding-failed-unknown = falhou (etapa não relatada)
evidence-reason = , motivo "{ $reason }"
evidence-no-reason = , motivo não relatado
evidence-call-setup = (callSetup também abrange encerramentos benignos, por exemplo, desligar durante uma URA)
evidence-on-level = { $level ->
    [segment] no segmento
   *[session] na sessão
}
evidence-ratio = { $metric } { $value } ≥ { $limit } ({ $share } da chamada)
evidence-not-functioning = { $evidence }; a Análise de Chamadas classifica uma sessão como fraca a partir de ≥ { $limit }
evidence-glitch = { $metric } { $value } a cada 5 min ≥ { $limit } (boa qualidade é menos de 1 a cada 5 min)
finding-vpn = conexão VPN ou de túnel
finding-tcp = mídia via TCP, não UDP
finding-wifi-24 = Wi-Fi na banda de 2,4 GHz
finding-weak-wifi = sinal de Wi-Fi fraco
finding-relay = retransmissão de mídia alocada
evidence-relay = { $relay } (alocado pelo ponto de extremidade; o Graph não informa se a mídia passou por ele)
finding-kind-feedback = Comentários
finding-kind-failure = Falha
finding-kind-device = Dispositivo
finding-kind-network = Rede
