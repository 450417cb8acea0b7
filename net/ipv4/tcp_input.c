/* net/ipv4/tcp_input.c — a TCP segment arrives.
 *
 * IP hands every TCP packet to tcp_v4_rcv (registered with
 * inet_add_protocol).  It checks the header and checksum, finds the
 * connection by its four numbers (addresses and ports) or else a listener
 * for the port, and runs the state machine of RFC 793: a listener answers
 * a SYN with a new child socket and a SYN-ACK; a connecting socket becomes
 * ESTABLISHED on the SYN-ACK; an established one takes in-order data onto
 * its receive queue, frees acknowledged data from its write queue, and
 * follows FIN and RST through the closing states.  Nobody there: RST.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <net/tcp.h>
#include <net/ip.h>

/* An established connection first, else a listener, as Linux looks up
 * (__inet_lookup_established, then __inet_lookup_listener): a walk of the
 * one list of port holders instead of Linux's hash tables. */
struct sock *tcp_lookup(u32 saddr, u16 sport, u32 daddr, u16 dport)
{
	struct sock *listener = NULL;

	for (struct inet_sock *o = tcp_prot.bind_list; o; o = o->bind_next) {
		if (o->inet_sport != dport)
			continue;
		if (o->sk.sk_state == TCP_LISTEN) {
			if (!o->inet_rcv_saddr || o->inet_rcv_saddr == daddr)
				if (!listener || o->inet_rcv_saddr)	/* the specific one wins */
					listener = &o->sk;
			continue;
		}
		if (o->inet_dport == sport && o->inet_daddr == saddr &&
		    (!o->inet_rcv_saddr || o->inet_rcv_saddr == daddr) && o->sk.sk_state != TCP_CLOSE)
			return &o->sk;
	}
	return listener;
}

static u16 tcp_parse_mss(struct tcphdr *th)
{
	u8 *opt = (u8 *)(th + 1), *end = (u8 *)th + (th->doff >> 4) * 4;

	while (opt < end) {
		if (opt[0] == 0)		/* end of options */
			break;
		if (opt[0] == 1) {		/* no-op */
			opt++;
			continue;
		}
		if (opt + 1 >= end || opt[1] < 2)
			break;
		if (opt[0] == 2 && opt[1] == 4)
			return (opt[2] << 8) | opt[3];
		opt += opt[1];
	}
	return TCP_MSS_DEFAULT;
}

/* A listener gets a segment: a SYN makes a child (state SYN_RECV) that
 * answers with SYN-ACK; anything else is answered with RST. */
static void tcp_listen_rcv(struct sock *sk, struct sk_buff *skb)
{
	struct tcphdr *th = (struct tcphdr *)skb->transport_header;
	struct iphdr *iph = ip_hdr(skb);
	struct sock *child;
	struct tcp_sock *ctp;

	if (th->flags & TCPHDR_RST)
		return;
	if (th->flags & TCPHDR_ACK) {
		tcp_send_reset(skb);
		return;
	}
	if (!(th->flags & TCPHDR_SYN))
		return;
	/* A full accept queue drops the SYN, as Linux does. */
	if (sk->sk_ack_backlog > sk->sk_max_ack_backlog)
		return;
	child = tcp_create_child(sk, iph->saddr, th->source, iph->daddr, th->dest);
	if (!child)
		return;
	ctp = tcp_sk(child);
	ctp->rcv_nxt = ntohl(th->seq) + 1;
	ctp->snd_wnd = ntohs(th->window);
	ctp->mss = min(ctp->mss, tcp_parse_mss(th));
	tcp_set_state(child, TCP_SYN_RECV);
	tcp_send_syn(child, true);
}

/* The connecting side gets the listener's answer. */
static void tcp_synsent_rcv(struct sock *sk, struct sk_buff *skb)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct tcphdr *th = (struct tcphdr *)skb->transport_header;
	u32 ack = ntohl(th->ack_seq);

	if ((th->flags & TCPHDR_ACK) && ack != tp->snd_nxt) {
		if (!(th->flags & TCPHDR_RST))
			tcp_send_reset(skb);
		return;
	}
	if (th->flags & TCPHDR_RST) {
		if (th->flags & TCPHDR_ACK)
			tcp_reset(sk);		/* refused: ECONNREFUSED */
		return;
	}
	if ((th->flags & TCPHDR_SYN) && !(th->flags & TCPHDR_ACK)) {
		/* Simultaneous open (RFC 793): a SYN, not an answer — on lo,
		 * a socket that connected to its own address and port. */
		tp->rcv_nxt = ntohl(th->seq) + 1;
		tp->snd_wnd = ntohs(th->window);
		tcp_set_state(sk, TCP_SYN_RECV);
		tcp_send_syn(sk, true);
		return;
	}
	if (!(th->flags & TCPHDR_SYN) || !(th->flags & TCPHDR_ACK))
		return;
	tp->rcv_nxt = ntohl(th->seq) + 1;
	tp->snd_una = ack;
	tp->snd_wnd = ntohs(th->window);
	tp->mss = min(tp->mss, tcp_parse_mss(th));
	/* sock->state stays SS_CONNECTING until connect() looks again, as in
	 * Linux: a second non-blocking connect then returns 0. */
	tcp_set_state(sk, TCP_ESTABLISHED);
	tcp_send_ack(sk);
	sk_wake(sk);
}

/* The peer acknowledged up to `ack`: free what it has, note its window,
 * and move on if that acknowledged our SYN or our FIN.  Returns true if
 * that ended the connection and freed the socket (LAST_ACK): the caller
 * must not touch sk again. */
static bool tcp_ack(struct sock *sk, u32 ack, u32 window)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct sk_buff *skb;

	if (after(ack, tp->snd_nxt))
		return false;			/* acknowledges what we never sent */
	if (!before(ack, tp->snd_una)) {
		tp->snd_una = ack;
		tp->snd_wnd = window;
	}
	while ((skb = skb_peek(&tp->write_queue))) {
		u32 end = skb->cb.tcp.seq + skb->len;

		if (after(end, tp->snd_una)) {
			if (after(tp->snd_una, skb->cb.tcp.seq)) {	/* partly acknowledged */
				u32 n = tp->snd_una - skb->cb.tcp.seq;

				skb_pull(skb, n);
				skb->cb.tcp.seq += n;
				sk->sk_wmem_queued -= n;
			}
			break;
		}
		skb_unlink(skb, &tp->write_queue);
		sk->sk_wmem_queued -= skb->len;
		kfree_skb(skb);
	}
	if (sk->sk_state == TCP_SYN_RECV && tp->snd_una == tp->snd_nxt) {
		if (tp->parent)
			tcp_child_established(sk);	/* to its listener's queue */
		else
			tcp_set_state(sk, TCP_ESTABLISHED);	/* simultaneous open */
	}
	if (tp->fin_sent && tp->snd_una == tp->snd_nxt) {	/* our FIN is acknowledged */
		switch (sk->sk_state) {
		case TCP_FIN_WAIT1: tcp_set_state(sk, TCP_FIN_WAIT2); break;
		case TCP_CLOSING:   tcp_set_state(sk, TCP_TIME_WAIT); break;
		case TCP_LAST_ACK:
			tcp_done(sk);		/* an orphan is freed here */
			return true;
		}
	}
	sk_wake(sk);			/* writers waiting for room */
	return false;
}

static void tcp_fin(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);

	tp->rcv_nxt++;
	tp->done = true;
	sk->sk_shutdown |= RCV_SHUTDOWN;
	switch (sk->sk_state) {
	case TCP_SYN_RECV:
	case TCP_ESTABLISHED:
		tcp_set_state(sk, TCP_CLOSE_WAIT);
		break;
	case TCP_FIN_WAIT1:		/* both closing at once */
		tcp_set_state(sk, TCP_CLOSING);
		break;
	case TCP_FIN_WAIT2:
		tcp_set_state(sk, TCP_TIME_WAIT);
		break;
	}
	sk_wake(sk);
}

/* Every state but LISTEN and SYN_SENT. */
void tcp_rcv_established(struct sock *sk, struct sk_buff *skb)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct tcphdr *th = (struct tcphdr *)skb->transport_header;
	u32 seq = ntohl(th->seq);
	u32 len = skb->len;		/* payload: the header is pulled off */
	bool reply = len || (th->flags & TCPHDR_FIN);
	bool fin;

	if (seq != tp->rcv_nxt && !((th->flags & TCPHDR_SYN) && seq + 1 == tp->rcv_nxt)) {
		/* Not the next byte: on lo only a duplicate.  Re-ACK. */
		if (!(th->flags & TCPHDR_RST))
			tcp_send_ack(sk);
		kfree_skb(skb);
		return;
	}
	if (th->flags & TCPHDR_RST) {
		tcp_reset(sk);
		kfree_skb(skb);
		return;
	}
	if (th->flags & TCPHDR_SYN) {
		/* Our own SYN-ACK after a simultaneous open (a socket that
		 * connected to itself): it acknowledges our SYN; take it as
		 * the ACK that completes the handshake, as Linux does. */
		if (sk->sk_state == TCP_SYN_RECV && (th->flags & TCPHDR_ACK) && seq + 1 == tp->rcv_nxt &&
		    ntohl(th->ack_seq) == tp->snd_nxt && !len) {
			if (!tcp_ack(sk, ntohl(th->ack_seq), ntohs(th->window)))
				tcp_send_ack(sk);
		} else {
			tcp_send_ack(sk);	/* a SYN inside a connection */
		}
		kfree_skb(skb);
		return;
	}
	if (!(th->flags & TCPHDR_ACK)) {
		kfree_skb(skb);
		return;
	}
	if (tcp_ack(sk, ntohl(th->ack_seq), ntohs(th->window))) {
		kfree_skb(skb);			/* sk is gone */
		return;
	}
	if (sk->sk_state == TCP_CLOSE) {
		kfree_skb(skb);
		return;
	}
	if (len) {
		if (sk->sk_state != TCP_ESTABLISHED && sk->sk_state != TCP_FIN_WAIT1 &&
		    sk->sk_state != TCP_FIN_WAIT2) {
			len = 0;		/* no data after the peer's FIN */
		} else if (sk->sk_state != TCP_ESTABLISHED && (sk->sk_shutdown & RCV_SHUTDOWN)) {
			/* Data for a socket that closed (FIN_WAIT with nobody to
			 * read it): abort, as Linux does (RFC 1122). */
			tcp_send_active_reset(sk);
			kfree_skb(skb);
			tcp_done(sk);
			return;
		}
		if (len > tp->rcv_wnd)
			len = tp->rcv_wnd;	/* the peer overran our window */
	}
	fin = (th->flags & TCPHDR_FIN) && len == skb->len;
	if (len) {
		skb->len = len;
		skb->cb.tcp.seq = seq;
		tp->rcv_nxt += len;
		tp->rcv_wnd -= len;
		sk->sk_rmem_alloc += len;
		skb_queue_tail(&sk->sk_receive_queue, skb);
		skb = NULL;			/* the queue owns it now */
		sk_wake(sk);
	}
	if (fin)
		tcp_fin(sk);
	if (reply)
		tcp_send_ack(sk);
	tcp_push(sk);			/* the window may have opened */
	kfree_skb(skb);
}

unsigned long tcp_in_errors;

int tcp_v4_rcv(struct sk_buff *skb)
{
	struct iphdr *iph = ip_hdr(skb);
	struct tcphdr *th = (struct tcphdr *)skb->data;
	unsigned int doff;
	struct sock *sk;

	if (skb->len < sizeof(*th))
		goto bad;
	doff = (th->doff >> 4) * 4;
	if (doff < sizeof(*th) || doff > skb->len)
		goto bad;
	if (csum_fold(csum_tcpudp_nofold(iph->saddr, iph->daddr, skb->len, IPPROTO_TCP,
					 csum_partial(th, skb->len, 0))) != 0)
		goto bad;
	skb->transport_header = (unsigned char *)th;
	skb_pull(skb, doff);
	sk = tcp_lookup(iph->saddr, th->source, iph->daddr, th->dest);
	if (!sk || sk->sk_state == TCP_CLOSE) {
		tcp_send_reset(skb);
		kfree_skb(skb);
		return 0;
	}
	tcp_rcv_state_process(sk, skb);
	return 0;
bad:
	tcp_in_errors++;
	kfree_skb(skb);
	return 0;
}

/* One segment through the state machine; frees it (or queues its data). */
void tcp_rcv_state_process(struct sock *sk, struct sk_buff *skb)
{
	switch (sk->sk_state) {
	case TCP_LISTEN:
		tcp_listen_rcv(sk, skb);
		kfree_skb(skb);
		break;
	case TCP_SYN_SENT:
		tcp_synsent_rcv(sk, skb);
		kfree_skb(skb);
		break;
	case TCP_CLOSE:
		tcp_send_reset(skb);
		kfree_skb(skb);
		break;
	default:
		tcp_rcv_established(sk, skb);
		break;
	}
}
