/* net/ipv4/udp.c — UDP: datagrams over IP.
 *
 * Sending: udp_sendmsg copies the user's data into a buffer behind a UDP
 * header (ports, length, checksum over the pseudo-header) and hands it to
 * ip_queue_xmit, which sends it through lo.  Receiving: IP calls udp_rcv
 * (registered with inet_add_protocol), which checks the header and the
 * checksum and queues the datagram on the socket bound to the destination
 * port — or, if there is none, answers with ICMP port unreachable, which
 * comes back to udp_err and becomes ECONNREFUSED on a connected sender.
 * Each datagram stays whole: boundaries are kept, and a short read cuts the
 * rest off (MSG_TRUNC).
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <net/inet_sock.h>
#include <net/tcp_states.h>
#include <net/ip.h>
#include <uapi/linux/sockios.h>

struct udphdr {
	u16 source, dest, len, check;
} __attribute__((packed));

#define UDP_MAX_PAYLOAD	(0xffff - sizeof(struct iphdr) - sizeof(struct udphdr))	/* 65507 */

struct udp_sock {
	struct inet_sock inet;
};

size_t udp_sock_size(void) { return sizeof(struct udp_sock); }

/* UDP ports: with SO_REUSEADDR on both sides, sharing is allowed. */
static bool udp_bind_conflict(struct sock *sk, u16 snum)
{
	for (struct inet_sock *o = udp_prot.bind_list; o; o = o->bind_next)
		if (&o->sk != sk && o->inet_num == snum && inet_addr_overlap(o, inet_sk(sk)) &&
		    !(sk->sk_reuse && o->sk.sk_reuse))
			return true;
	return false;
}

static void udp_close(struct sock *sk)
{
	inet_put_port(sk);
	sk_free(sk);
}

static int udp_disconnect(struct sock *sk)
{
	struct inet_sock *inet = inet_sk(sk);

	sk->sk_state = TCP_CLOSE;
	inet->inet_daddr = 0;
	inet->inet_dport = 0;
	if (sk->sk_socket)
		sk->sk_socket->state = SS_UNCONNECTED;
	return 0;
}

/* SIOCINQ (FIONREAD): the size of the first datagram waiting, not the
 * total — what one recv would return (0 if none); SIOCOUTQ: bytes of ours
 * not yet sent, always 0 on loopback (Linux counts the memory still
 * charged to the socket, also 0 once lo has taken the packet). */
static int udp_ioctl(struct sock *sk, unsigned int cmd, unsigned long arg)
{
	struct sk_buff *skb;

	switch (cmd) {
	case SIOCOUTQ:
		return put_user(0, (int __user *)arg);
	case SIOCINQ:
		skb = skb_peek(&sk->sk_receive_queue);
		return put_user(skb ? (int)skb->len : 0, (int __user *)arg);
	default:
		return -ENOIOCTLCMD;
	}
}

struct proto udp_prot = {
	.name = "UDP",
	.ioctl = udp_ioctl,
	.bind_conflict = udp_bind_conflict,
	.close = udp_close,
	.disconnect = udp_disconnect,
};

/* connect on UDP only remembers the peer (and binds if needed). */
static int udp_connect(struct socket *sock, struct sockaddr *uaddr, int addr_len, int flags)
{
	struct sockaddr_in *usin = (struct sockaddr_in *)uaddr;
	struct sock *sk = sock->sk;
	struct inet_sock *inet = inet_sk(sk);
	int err;

	(void)flags;
	if (addr_len < (int)sizeof(sa_family_t))
		return -EINVAL;
	if (uaddr->sa_family == AF_UNSPEC)
		return udp_disconnect(sk);
	err = inet_check_addr(uaddr, addr_len);
	if (err)
		return err;
	if (!ip_route_ok(usin->sin_addr.s_addr))
		return -ENETUNREACH;
	err = inet_autobind(sk);
	if (err)
		return err;
	if (!inet->inet_saddr)
		inet->inet_saddr = inet_select_addr(usin->sin_addr.s_addr);
	inet->inet_daddr = usin->sin_addr.s_addr ? usin->sin_addr.s_addr : htonl(LOOPBACK_ADDR);
	inet->inet_dport = usin->sin_port;
	sk->sk_state = TCP_ESTABLISHED;
	sock->state = SS_CONNECTED;
	return 0;
}

static int udp_sendmsg(struct socket *sock, struct msghdr *m, size_t len)
{
	struct sock *sk = sock->sk;
	struct inet_sock *inet = inet_sk(sk);
	struct sk_buff *skb;
	struct udphdr *uh;
	u32 daddr, saddr;
	u16 dport;
	int err;

	if (len > 0xffff)
		return -EMSGSIZE;
	if (m->msg_flags & MSG_OOB)
		return -EOPNOTSUPP;
	if (m->msg_name) {
		struct sockaddr_in *usin = m->msg_name;

		if (m->msg_namelen < (int)sizeof(*usin))
			return -EINVAL;
		if (usin->sin_family != AF_INET && usin->sin_family != AF_UNSPEC)
			return -EAFNOSUPPORT;
		daddr = usin->sin_addr.s_addr;
		dport = usin->sin_port;
		if (!dport)
			return -EINVAL;
	} else {
		if (sk->sk_state != TCP_ESTABLISHED)
			return -EDESTADDRREQ;
		daddr = inet->inet_daddr;
		dport = inet->inet_dport;
	}
	err = inet_autobind(sk);
	if (err)
		return err;
	if (!ip_route_ok(daddr))
		return -ENETUNREACH;
	if (len > UDP_MAX_PAYLOAD)
		return -EMSGSIZE;
	/* A pending error (an ICMP report) is returned first, once. */
	err = sock_error(sk);
	if (err)
		return err;
	if (sk->sk_shutdown & SEND_SHUTDOWN)
		return -EPIPE;
	skb = alloc_skb(MAX_HEADER + sizeof(*uh) + len);
	if (!skb)
		return -ENOBUFS;
	skb_reserve(skb, MAX_HEADER + sizeof(*uh));
	err = memcpy_from_msg(skb_put(skb, len), m, len);
	if (err) {
		kfree_skb(skb);
		return err;
	}
	if (!daddr)
		daddr = htonl(LOOPBACK_ADDR);
	saddr = inet->inet_saddr ? inet->inet_saddr : inet_select_addr(daddr);
	uh = (struct udphdr *)skb_push(skb, sizeof(*uh));
	skb->transport_header = (unsigned char *)uh;
	uh->source = inet->inet_sport;
	uh->dest = dport;
	uh->len = htons(skb->len);
	uh->check = 0;
	uh->check = csum_fold(csum_tcpudp_nofold(saddr, daddr, skb->len, IPPROTO_UDP,
						 csum_partial(uh, skb->len, 0)));
	if (!uh->check)
		uh->check = 0xffff;	/* 0 would mean "no checksum" */
	skb->sk = sk;			/* for its TTL and TOS */
	err = ip_queue_xmit(skb, saddr, daddr, IPPROTO_UDP);
	return err ? err : (int)len;
}

static int udp_recvmsg(struct socket *sock, struct msghdr *m, size_t size, int flags)
{
	struct sock *sk = sock->sk;
	struct sk_buff *skb;
	size_t copied, len;
	int err;

	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	skb = skb_recv_datagram(sk, flags, &err);
	if (!skb)
		return err;
	len = skb->len;
	copied = min(size, len);
	if (copied < len)
		m->msg_flags |= MSG_TRUNC;
	/* As Linux: a datagram that faults on the way out is still consumed. */
	err = memcpy_to_msg(m, skb->data, copied);
	if (!err && m->msg_name) {
		struct sockaddr_in *sin = m->msg_name;

		memset(sin, 0, sizeof(*sin));
		sin->sin_family = AF_INET;
		sin->sin_port = skb->cb.inet.sport;
		sin->sin_addr.s_addr = skb->cb.inet.saddr;
		m->msg_namelen = sizeof(*sin);
	}
	if (!(flags & MSG_PEEK))
		kfree_skb(skb);
	if (err)
		return err;
	return (flags & MSG_TRUNC) ? (int)len : (int)copied;
}

/* The socket a datagram for (daddr, dport) from (saddr, sport) belongs
 * to: a connected socket must match the sender too; the most specific
 * match wins, as in Linux's scoring. */
static struct sock *udp_lookup(u32 saddr, u16 sport, u32 daddr, u16 dport)
{
	struct sock *best = NULL;
	int best_score = -1;

	for (struct inet_sock *o = udp_prot.bind_list; o; o = o->bind_next) {
		int score = 0;

		if (o->inet_sport != dport)
			continue;
		if (o->inet_rcv_saddr) {
			if (o->inet_rcv_saddr != daddr)
				continue;
			score += 2;
		}
		if (o->inet_daddr) {
			if (o->inet_daddr != saddr || o->inet_dport != sport)
				continue;
			score += 4;
		}
		if (score > best_score) {
			best = &o->sk;
			best_score = score;
		}
	}
	return best;
}

/* Counters for gdb (`p udp_no_ports`), named after Linux's SNMP counters
 * (UdpInErrors, UdpNoPorts, UdpRcvbufErrors in /proc/net/snmp). */
unsigned long udp_in_errors, udp_no_ports, udp_rcvbuf_errors;

static int udp_rcv(struct sk_buff *skb)
{
	struct iphdr *iph = ip_hdr(skb);
	struct udphdr *uh = (struct udphdr *)skb->data;
	struct sock *sk;
	unsigned int ulen;

	if (skb->len < sizeof(*uh))
		goto bad;
	ulen = ntohs(uh->len);
	if (ulen < sizeof(*uh) || ulen > skb->len)
		goto bad;
	skb->len = ulen;
	if (uh->check && csum_fold(csum_tcpudp_nofold(iph->saddr, iph->daddr, ulen, IPPROTO_UDP,
						      csum_partial(uh, ulen, 0))) != 0)
		goto bad;
	sk = udp_lookup(iph->saddr, uh->source, iph->daddr, uh->dest);
	if (!sk) {
		udp_no_ports++;
		icmp_send(skb, ICMP_DEST_UNREACH, ICMP_PORT_UNREACH);
		kfree_skb(skb);
		return 0;
	}
	/* SHUT_RD does not stop datagrams: Linux still queues them. */
	if (sk->sk_rmem_alloc + (int)skb->truesize > sk->sk_rcvbuf) {
		udp_rcvbuf_errors++;	/* full: dropped, as UDP may */
		kfree_skb(skb);
		return 0;
	}
	skb->cb.inet.saddr = iph->saddr;
	skb->cb.inet.sport = uh->source;
	skb_pull(skb, sizeof(*uh));
	sock_queue_rcv_skb(sk, skb);
	return 0;
bad:
	udp_in_errors++;
	kfree_skb(skb);
	return 0;
}

/* ICMP says a datagram we sent could not be delivered.  As in Linux, only
 * a connected socket hears about it (its next call returns the error). */
static void udp_err(struct sk_buff *skb, int type, int code)
{
	struct iphdr *iph = (struct iphdr *)skb->data;
	struct udphdr *uh = (struct udphdr *)((u8 *)iph + (iph->ihl_version & 0x0f) * 4);
	struct sock *sk;

	if (type != ICMP_DEST_UNREACH)
		return;
	/* The quoted datagram went from us (saddr) to them (daddr). */
	sk = udp_lookup(iph->daddr, uh->dest, iph->saddr, uh->source);
	if (!sk || sk->sk_state != TCP_ESTABLISHED)
		return;
	sk->sk_err = code == ICMP_PORT_UNREACH ? ECONNREFUSED : EHOSTUNREACH;
	sk_wake(sk);
}

static unsigned int udp_poll(struct file *file, struct socket *sock, poll_table *pt)
{
	struct sock *sk = sock->sk;
	unsigned int mask = 0;

	poll_wait(file, &sk->sk_wq, pt);
	if (sk->sk_err)
		mask |= POLLERR;
	if (sk->sk_shutdown & RCV_SHUTDOWN)
		mask |= POLLRDHUP | POLLIN | POLLRDNORM;
	if (sk->sk_shutdown == SHUTDOWN_MASK)
		mask |= POLLHUP;
	if (!skb_queue_empty(&sk->sk_receive_queue))
		mask |= POLLIN | POLLRDNORM;
	mask |= POLLOUT | POLLWRNORM | POLLWRBAND;	/* lo never makes us wait */
	return mask;
}

/* Options at level IPPROTO_IP (and, for UDP, every other level, as Linux
 * hands UDP's unknown levels to IP): TTL and TOS read back their defaults
 * and take new values; nothing else is implemented. */
int udp_setsockopt(struct socket *sock, int level, int optname, const char __user *optval, unsigned int optlen)
{
	struct inet_sock *inet = inet_sk(sock->sk);
	int val, err;

	if (level != IPPROTO_IP)
		return -ENOPROTOOPT;
	if (optname != IP_TOS && optname != IP_TTL)
		return -ENOPROTOOPT;
	err = get_int_option(&val, optval, optlen);
	if (err)
		return err;
	if (optname == IP_TOS) {
		inet->tos = val;
		return 0;
	}
	if (val != -1 && (val < 1 || val > 255))
		return -EINVAL;
	inet->uc_ttl = val;
	return 0;
}

int udp_getsockopt(struct socket *sock, int level, int optname, char __user *optval, int __user *optlen)
{
	if (level != IPPROTO_IP)
		return -EOPNOTSUPP;
	switch (optname) {
	case IP_TOS: return put_int_option(inet_sk(sock->sk)->tos, optval, optlen);
	case IP_TTL: return put_int_option(inet_sk(sock->sk)->uc_ttl < 0 ? IPDEFTTL : inet_sk(sock->sk)->uc_ttl,
					   optval, optlen);
	default:     return -ENOPROTOOPT;
	}
}

const struct proto_ops inet_dgram_ops = {
	.family = AF_INET,
	.release = inet_release,
	.bind = inet_bind,
	.connect = udp_connect,
	.socketpair = sock_no_socketpair,
	.accept = sock_no_accept,
	.getname = inet_getname,
	.poll = udp_poll,
	.listen = sock_no_listen,
	.shutdown = inet_shutdown,
	.setsockopt = udp_setsockopt,
	.getsockopt = udp_getsockopt,
	.sendmsg = udp_sendmsg,
	.recvmsg = udp_recvmsg,
	.ioctl = inet_ioctl,
};

static const struct net_protocol udp_protocol = {
	.handler = udp_rcv,
	.err_handler = udp_err,
};

void udp_init(void)
{
	inet_add_protocol(&udp_protocol, IPPROTO_UDP);
}
