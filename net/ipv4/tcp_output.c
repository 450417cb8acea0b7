/* net/ipv4/tcp_output.c — TCP segments on their way out.
 *
 * Every segment is built the same way (tcp_transmit): a fresh buffer with
 * room for the IP header, the TCP header (ports, sequence and
 * acknowledgement numbers, flags, our receive window, the checksum over the
 * pseudo-header), then ip_queue_xmit.  Data comes from the write queue,
 * where tcp_sendmsg left it; tcp_push sends as much of it as the peer's
 * window allows, in segments of at most one MSS.  Nothing is freed when
 * sent, only when acknowledged (tcp_input.c).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <net/tcp.h>
#include <net/ip.h>

/* How much more the peer may send us: the free part of our buffer (half
 * of SO_RCVBUF, as Linux reserves the other half for overhead). */
u32 tcp_receive_window(struct sock *sk)
{
	int space = sk->sk_rcvbuf / 2 - sk->sk_rmem_alloc;

	if (space < 0)
		space = 0;
	return min((u32)space, (u32)TCP_MAX_WINDOW);
}

/* Build and send one segment: flags, the sequence number of its first
 * byte, and `len` bytes of the write queue starting there.  (Linux's
 * tcp_transmit_skb sends an skb already cut from its write queue; here the
 * segment is cut and built in one step.) */
static int tcp_transmit(struct sock *sk, u8 flags, u32 seq, u32 len, bool mss_option)
{
	struct tcp_sock *tp = tcp_sk(sk);
	struct inet_sock *inet = inet_sk(sk);
	unsigned int hlen = sizeof(struct tcphdr) + (mss_option ? 4 : 0);
	struct sk_buff *skb = alloc_skb(MAX_HEADER + hlen + len);
	struct sk_buff *q;
	struct tcphdr *th;
	unsigned char *data;
	u32 off;

	if (!skb)
		return -ENOBUFS;
	skb_reserve(skb, MAX_HEADER + hlen);
	/* Gather the payload from the write queue. */
	data = skb_put(skb, len);
	off = 0;
	skb_queue_walk(&tp->write_queue, q) {
		u32 qseq = q->cb.tcp.seq, qend = qseq + q->len;
		u32 from, to;

		if (off == len)
			break;
		if (!after(qend, seq + off))
			continue;
		from = seq + off - qseq;
		to = min(q->len, from + (len - off));
		memcpy(data + off, q->data + from, to - from);
		off += to - from;
	}
	th = (struct tcphdr *)skb_push(skb, hlen);
	skb->transport_header = (unsigned char *)th;
	th->source = inet->inet_sport;
	th->dest = inet->inet_dport;
	th->seq = htonl(seq);
	th->ack_seq = (flags & TCPHDR_ACK) ? htonl(tp->rcv_nxt) : 0;
	th->doff = (hlen / 4) << 4;
	th->flags = flags;
	tp->rcv_wnd = tcp_receive_window(sk);
	th->window = htons(tp->rcv_wnd);
	th->check = 0;
	th->urg_ptr = 0;
	if (mss_option) {
		u8 *opt = (u8 *)(th + 1);

		opt[0] = 2;		/* kind: MSS */
		opt[1] = 4;
		/* We announce what we can take, whatever the peer said. */
		opt[2] = TCP_MSS_LO >> 8;
		opt[3] = TCP_MSS_LO & 0xff;
	}
	th->check = csum_fold(csum_tcpudp_nofold(inet->inet_saddr, inet->inet_daddr, skb->len,
						 IPPROTO_TCP, csum_partial(th, skb->len, 0)));
	skb->sk = sk;
	return ip_queue_xmit(skb, inet->inet_saddr, inet->inet_daddr, IPPROTO_TCP);
}

void tcp_send_ack(struct sock *sk)
{
	tcp_transmit(sk, TCPHDR_ACK, tcp_sk(sk)->snd_nxt, 0, false);
}

/* SYN (connect) or SYN-ACK (a listener's answer); a SYN takes one
 * sequence number. */
void tcp_send_syn(struct sock *sk, bool ack)
{
	struct tcp_sock *tp = tcp_sk(sk);

	tcp_transmit(sk, TCPHDR_SYN | (ack ? TCPHDR_ACK : 0), tp->snd_una, 0, true);
	tp->snd_nxt = tp->snd_una + 1;
	tp->write_seq = tp->snd_nxt;
}

/* Our FIN goes out after the last queued byte. */
void tcp_send_fin(struct sock *sk)
{
	tcp_sk(sk)->fin_queued = true;
	tcp_push(sk);
}

/* Abort: RST with our next sequence number (close with unread data). */
void tcp_send_active_reset(struct sock *sk)
{
	tcp_transmit(sk, TCPHDR_RST | TCPHDR_ACK, tcp_sk(sk)->snd_nxt, 0, false);
}

/* Send queued data while the peer's window has room, then the FIN. */
void tcp_push(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);

	while (before(tp->snd_nxt, tp->write_seq)) {
		u32 in_flight = tp->snd_nxt - tp->snd_una;
		u32 len = tp->write_seq - tp->snd_nxt;

		if (in_flight >= tp->snd_wnd)
			return;			/* window full: wait for an ACK */
		len = min(len, tp->snd_wnd - in_flight);
		len = min(len, (u32)tp->mss);
		tcp_transmit(sk, TCPHDR_ACK | TCPHDR_PSH, tp->snd_nxt, len, false);
		tp->snd_nxt += len;
	}
	if (tp->fin_queued && !tp->fin_sent) {
		tp->fin_sent = true;
		tcp_transmit(sk, TCPHDR_FIN | TCPHDR_ACK, tp->snd_nxt, 0, false);
		tp->snd_nxt++;
		tp->write_seq++;
	}
}

/* After the reader made room: tell the peer if the window grew enough to
 * matter (it may be waiting for exactly this), as Linux's
 * tcp_cleanup_rbuf does. */
void tcp_window_update(struct sock *sk)
{
	struct tcp_sock *tp = tcp_sk(sk);
	u32 win = tcp_receive_window(sk);

	if (sk->sk_state != TCP_ESTABLISHED && sk->sk_state != TCP_FIN_WAIT1 && sk->sk_state != TCP_FIN_WAIT2)
		return;
	if (win > tp->rcv_wnd && (tp->rcv_wnd == 0 || win - tp->rcv_wnd >= min((u32)tp->mss, win / 2)))
		tcp_send_ack(sk);
}

/* A segment for which there is no connection gets a RST (RFC 793). */
void tcp_send_reset(struct sk_buff *in)
{
	struct iphdr *iph = ip_hdr(in);
	struct tcphdr *ith = (struct tcphdr *)in->transport_header;
	struct sk_buff *skb;
	struct tcphdr *th;
	u32 seg_len;

	if (ith->flags & TCPHDR_RST)
		return;
	skb = alloc_skb(MAX_HEADER + sizeof(*th));
	if (!skb)
		return;
	skb_reserve(skb, MAX_HEADER);
	th = (struct tcphdr *)skb_put(skb, sizeof(*th));
	memset(th, 0, sizeof(*th));
	th->source = ith->dest;
	th->dest = ith->source;
	th->doff = 5 << 4;
	seg_len = in->len;		/* the header is already pulled off */
	if (ith->flags & TCPHDR_ACK) {
		th->seq = ith->ack_seq;
		th->flags = TCPHDR_RST;
	} else {
		seg_len += !!(ith->flags & TCPHDR_SYN) + !!(ith->flags & TCPHDR_FIN);
		th->ack_seq = htonl(ntohl(ith->seq) + seg_len);
		th->flags = TCPHDR_RST | TCPHDR_ACK;
	}
	th->check = csum_fold(csum_tcpudp_nofold(iph->daddr, iph->saddr, skb->len, IPPROTO_TCP,
						 csum_partial(th, skb->len, 0)));
	skb->transport_header = (unsigned char *)th;
	ip_queue_xmit(skb, iph->daddr, iph->saddr, IPPROTO_TCP);
}
