# sip messages
