# howto messages
