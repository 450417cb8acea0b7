/* include/net/tcp.h — TCP: the header, the connection state, and the
 * calls between the three files that implement it:
 *   net/ipv4/tcp.c         the socket side: connect, listen, accept, send,
 *                          receive, close, shutdown, poll, options
 *   net/ipv4/tcp_input.c   a segment arrives: the state machine (RFC 793)
 *   net/ipv4/tcp_output.c  building and sending segments
 *
 * What is left out, and why: loopback never loses, reorders or corrupts a
 * packet, and delivers before the sender's call returns, so data is never
 * retransmitted and there are no persist or delayed-ACK timers and no
 * congestion control; the receiver ACKs every segment and announces every
 * window it opens.  One packet can go unanswered: a SYN that a listener
 * with a full accept queue drops, as Linux does — so a SYN is resent after
 * 1, 2, 4 ... seconds, as in Linux, until ETIMEDOUT.  TIME_WAIT lasts 60
 * seconds (or until power-off).  No window scaling, no options but MSS, no
 * urgent data.
 */
#ifndef _NET_TCP_H
#define _NET_TCP_H

#include <net/inet_sock.h>
#include <net/tcp_states.h>
#include <linux/timer.h>
#include <linux/jiffies.h>

struct tcphdr {
	u16 source, dest;
	u32 seq, ack_seq;
	u8 doff;			/* data offset in words, high nibble */
	u8 flags;
	u16 window, check, urg_ptr;
} __attribute__((packed));

#define TCPHDR_FIN 0x01
#define TCPHDR_SYN 0x02
#define TCPHDR_RST 0x04
#define TCPHDR_PSH 0x08
#define TCPHDR_ACK 0x10
#define TCPHDR_URG 0x20

#define TCP_MSS_DEFAULT	536		/* before a connection: RFC 1122 */
#define TCP_MSS_LO	(65535 - 40)	/* lo's MTU allows the largest segment */
#define TCP_MAX_WINDOW	65535		/* no window scaling */
#define TCP_DEFAULT_RCVBUF 131072	/* net.ipv4.tcp_rmem[1] */
#define TCP_DEFAULT_SNDBUF 16384	/* net.ipv4.tcp_wmem[1] */
#define TCP_TIMEOUT_INIT	HZ	/* the first SYN is resent after 1 s */
#define TCP_SYN_RETRIES		6	/* net.ipv4.tcp_syn_retries: ~127 s */
#define TCP_TIMEWAIT_LEN	(60 * HZ)

struct tcp_sock {
	struct inet_sock inet;
	/* Sending: [snd_una, snd_nxt) sent, not yet acknowledged;
	 * [snd_nxt, write_seq) queued, not yet sent. */
	u32 snd_una, snd_nxt, write_seq, snd_wnd;
	/* Receiving: the next byte we expect; the window we last announced. */
	u32 rcv_nxt, rcv_wnd;
	u16 mss;
	bool fin_queued;		/* our FIN is due once the data is out */
	bool fin_sent;
	bool done;			/* the peer's FIN has arrived */
	bool nodelay;
	/* The data we sent or will send, payload only, in sequence order. */
	struct sk_buff_head write_queue;
	struct sock *parent;		/* the listener, until accepted */
	/* SYN_SENT: resend the SYN; TIME_WAIT: the end of the wait. */
	struct timer_list timer;
	unsigned int syn_retries;
	u32 rto;			/* ticks until the next resend */
};

static inline struct tcp_sock *tcp_sk(struct sock *sk) { return (struct tcp_sock *)sk; }

static inline bool before(u32 a, u32 b) { return (s32)(a - b) < 0; }
static inline bool after(u32 a, u32 b) { return before(b, a); }

/* tcp_output.c */
void tcp_send_ack(struct sock *sk);
void tcp_send_syn(struct sock *sk, bool ack);
void tcp_send_fin(struct sock *sk);
void tcp_send_active_reset(struct sock *sk);
void tcp_send_reset(struct sk_buff *skb);		/* answer a stray segment */
void tcp_push(struct sock *sk);				/* send what the window allows */
u32 tcp_receive_window(struct sock *sk);
void tcp_window_update(struct sock *sk);

/* tcp_input.c */
void tcp_rcv_established(struct sock *sk, struct sk_buff *skb);
void tcp_rcv_state_process(struct sock *sk, struct sk_buff *skb);
int tcp_v4_rcv(struct sk_buff *skb);
struct sock *tcp_lookup(u32 saddr, u16 sport, u32 daddr, u16 dport);

/* tcp.c */
void tcp_set_state(struct sock *sk, int state);
void tcp_done(struct sock *sk);
void tcp_destroy_sock(struct sock *sk);
void tcp_reset(struct sock *sk);
struct sock *tcp_create_child(struct sock *listener, u32 saddr, u16 sport, u32 daddr, u16 dport);
void tcp_child_established(struct sock *child);

#endif
