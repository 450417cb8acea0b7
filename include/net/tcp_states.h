/* include/net/tcp_states.h — socket states.  TCP's, numbered as Linux
 * numbers them; AF_UNIX sockets use the same names for the same ideas
 * (TCP_LISTEN, TCP_ESTABLISHED, TCP_CLOSE), as in Linux. */
#ifndef _NET_TCP_STATES_H
#define _NET_TCP_STATES_H

enum {
	TCP_ESTABLISHED = 1,
	TCP_SYN_SENT,
	TCP_SYN_RECV,
	TCP_FIN_WAIT1,
	TCP_FIN_WAIT2,
	TCP_TIME_WAIT,
	TCP_CLOSE,
	TCP_CLOSE_WAIT,
	TCP_LAST_ACK,
	TCP_LISTEN,
	TCP_CLOSING,
};

#endif
