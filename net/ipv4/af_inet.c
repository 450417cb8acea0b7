/* net/ipv4/af_inet.c — the AF_INET family: socket(AF_INET, ...), and what
 * UDP and TCP sockets share — bind, ports, names, shutdown.
 *
 * inet_create picks the protocol for a socket type (SOCK_STREAM -> TCP,
 * SOCK_DGRAM -> UDP) and its proto_ops table (tcp.c's inet_stream_ops,
 * udp.c's inet_dgram_ops).  inet_init, called at boot, registers the
 * family with the socket layer and brings up IP, ICMP, UDP and TCP, each
 * registering itself with the layer below.  Rules and errors follow
 * Linux's net/ipv4/af_inet.c and inet_connection_sock.c.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/netdevice.h>
#include <net/inet_sock.h>
#include <net/tcp_states.h>
#include <net/ip.h>
#include <linux/uaccess.h>
#include <uapi/linux/if.h>
#include <uapi/linux/sockios.h>

/* --- ports --- */

/* Two sockets on one port clash only where their addresses can meet. */
bool inet_addr_overlap(struct inet_sock *a, struct inet_sock *b)
{
	return !a->inet_rcv_saddr || !b->inet_rcv_saddr || a->inet_rcv_saddr == b->inet_rcv_saddr;
}

/* Put sk on its protocol's list of port holders, at port snum. */
void inet_bind_hash(struct sock *sk, u16 snum)
{
	struct inet_sock *inet = inet_sk(sk);
	struct proto *prot = (struct proto *)inet->prot;

	inet->inet_num = snum;
	inet->inet_sport = htons(snum);
	inet->bind_next = prot->bind_list;
	prot->bind_list = inet;
	inet->hashed = true;
}

/* Take port snum for sk, or an ephemeral port if snum is 0. */
int inet_get_port(struct sock *sk, u16 snum)
{
	static u16 next_ephemeral = EPHEMERAL_LOW;
	const struct proto *prot = inet_sk(sk)->prot;

	if (snum) {
		if (prot->bind_conflict(sk, snum))
			return -EADDRINUSE;
		inet_bind_hash(sk, snum);
		return 0;
	}
	for (int tries = 0; tries <= EPHEMERAL_HIGH - EPHEMERAL_LOW; tries++) {
		u16 port = next_ephemeral;

		next_ephemeral = port == EPHEMERAL_HIGH ? EPHEMERAL_LOW : port + 1;
		/* An ephemeral port is taken only if nobody at all has it. */
		bool used = false;
		for (struct inet_sock *o = prot->bind_list; o; o = o->bind_next)
			if (o->inet_num == port)
				used = true;
		if (!used) {
			inet_bind_hash(sk, port);
			return 0;
		}
	}
	return -EADDRINUSE;
}

void inet_put_port(struct sock *sk)
{
	struct inet_sock *inet = inet_sk(sk);
	struct proto *prot = (struct proto *)inet->prot;
	struct inet_sock **pp = &prot->bind_list;

	if (!inet->hashed)
		return;
	while (*pp && *pp != inet)
		pp = &(*pp)->bind_next;
	if (*pp)
		*pp = inet->bind_next;
	inet->hashed = false;
}

/* Sending or connecting from an unbound socket binds it first. */
int inet_autobind(struct sock *sk)
{
	if (inet_sk(sk)->inet_num)
		return 0;
	return inet_get_port(sk, 0) ? -EAGAIN : 0;
}

/* The checks connect and sendto make on an AF_INET address. */
int inet_check_addr(struct sockaddr *uaddr, int addr_len)
{
	if (addr_len < (int)sizeof(struct sockaddr_in))
		return -EINVAL;
	if (uaddr->sa_family != AF_INET)
		return -EAFNOSUPPORT;
	return 0;
}

int inet_bind(struct socket *sock, struct sockaddr *uaddr, int addr_len)
{
	struct sockaddr_in *addr = (struct sockaddr_in *)uaddr;
	struct sock *sk = sock->sk;
	struct inet_sock *inet = inet_sk(sk);
	u32 a;
	int err;

	if (addr_len < (int)sizeof(struct sockaddr_in))
		return -EINVAL;
	/* AF_UNSPEC is tolerated with INADDR_ANY, for old programs. */
	if (addr->sin_family != AF_INET &&
	    (addr->sin_family != AF_UNSPEC || addr->sin_addr.s_addr != htonl(INADDR_ANY)))
		return -EAFNOSUPPORT;
	a = addr->sin_addr.s_addr;
	/* Local addresses: 0.0.0.0 and all of 127.0.0.0/8 (lo's). */
	if (a != htonl(INADDR_ANY) && !ipv4_is_loopback(a))
		return -EADDRNOTAVAIL;
	if (sk->sk_state != TCP_CLOSE || inet->inet_num)
		return -EINVAL;
	inet->inet_rcv_saddr = inet->inet_saddr = a;
	err = inet_get_port(sk, ntohs(addr->sin_port));
	if (err) {
		inet->inet_rcv_saddr = inet->inet_saddr = 0;
		return err;
	}
	return 0;
}

int inet_getname(struct socket *sock, struct sockaddr *uaddr, int peer)
{
	struct sock *sk = sock->sk;
	struct inet_sock *inet = inet_sk(sk);
	struct sockaddr_in *sin = (struct sockaddr_in *)uaddr;

	memset(sin, 0, sizeof(*sin));
	sin->sin_family = AF_INET;
	if (peer) {
		/* TIME_WAIT counts as CLOSE: see inet_shutdown. */
		if (!inet->inet_dport ||
		    (peer == 1 && (sk->sk_state == TCP_CLOSE || sk->sk_state == TCP_TIME_WAIT ||
				   sk->sk_state == TCP_SYN_SENT)))
			return -ENOTCONN;
		sin->sin_port = inet->inet_dport;
		sin->sin_addr.s_addr = inet->inet_daddr;
	} else {
		sin->sin_port = inet->inet_sport;
		sin->sin_addr.s_addr = inet->inet_rcv_saddr ? inet->inet_rcv_saddr : inet->inet_saddr;
	}
	return sizeof(*sin);
}

int inet_shutdown(struct socket *sock, int how)
{
	struct sock *sk = sock->sk;
	const struct proto *prot = inet_sk(sk)->prot;
	int err = 0;

	how++;			/* SHUT_RD -> RCV_SHUTDOWN, SHUT_WR -> SEND_SHUTDOWN */
	if ((how & ~SHUTDOWN_MASK) || !how)
		return -EINVAL;
	switch (sk->sk_state) {
	case TCP_TIME_WAIT:
		/* Linux hands TIME_WAIT to a separate mini-socket and leaves
		 * the user's socket CLOSE; ours waits in place.  Over is over. */
	case TCP_CLOSE:
		err = -ENOTCONN;
		/* Linux still marks it shut down, so poll reports it. */
		sk->sk_shutdown |= how;
		break;
	case TCP_LISTEN:
		if (!(how & RCV_SHUTDOWN))
			break;
		__attribute__((fallthrough));	/* SHUT_RD stops listening */
	case TCP_SYN_SENT:
		err = prot->disconnect(sk);
		sock->state = err ? SS_DISCONNECTING : SS_UNCONNECTED;
		break;
	default:
		sk->sk_shutdown |= how;
		if (prot->shutdown)
			prot->shutdown(sk, how);
		break;
	}
	sk_wake(sk);
	return err;
}

int inet_release(struct socket *sock)
{
	struct sock *sk = sock->sk;

	if (sk) {
		sk->sk_socket = NULL;
		sock->sk = NULL;
		inet_sk(sk)->prot->close(sk);
	}
	return 0;
}

/* --- the family --- */

static int inet_create(struct socket *sock, int protocol)
{
	const struct proto_ops *ops;
	struct proto *prot;
	struct sock *sk;
	int proto_num;

	/* As Linux: a protocol out of range is EINVAL, whatever the type. */
	if (protocol < 0 || protocol >= IPPROTO_MAX)
		return -EINVAL;
	switch (sock->type) {
	case SOCK_STREAM:
		if (protocol && protocol != IPPROTO_TCP)
			return -EPROTONOSUPPORT;
		ops = &inet_stream_ops;
		prot = &tcp_prot;
		proto_num = IPPROTO_TCP;
		break;
	case SOCK_DGRAM:
		if (protocol && protocol != IPPROTO_UDP)
			return -EPROTONOSUPPORT;
		ops = &inet_dgram_ops;
		prot = &udp_prot;
		proto_num = IPPROTO_UDP;
		break;
	case SOCK_RAW:
		return -EPROTONOSUPPORT;	/* raw sockets: not here */
	default:
		return -ESOCKTNOSUPPORT;
	}
	sk = sk_alloc(AF_INET, prot == &tcp_prot ? tcp_sock_size() : udp_sock_size());
	if (!sk)
		return -ENOBUFS;
	sock->ops = ops;
	sock_init_data(sock, sk);
	sk->sk_protocol = proto_num;
	sk->sk_state = TCP_CLOSE;
	inet_sk(sk)->prot = prot;
	inet_sk(sk)->uc_ttl = -1;
	if (prot == &tcp_prot)
		tcp_init_sock(sk);
	return 0;
}

/* ioctl on an AF_INET socket: the interface address requests go to
 * devinet (Linux's order: the family first), the queue sizes to the
 * protocol; anything else falls through to the device layer
 * (-ENOIOCTLCMD, net/socket.c). */
int inet_ioctl(struct socket *sock, unsigned int cmd, unsigned long arg)
{
	const struct proto *prot = inet_sk(sock->sk)->prot;
	struct ifreq ifr;
	int err;

	switch (cmd) {
	case SIOCGIFADDR:
	case SIOCGIFBRDADDR:
	case SIOCGIFNETMASK:
	case SIOCGIFDSTADDR:
		if (copy_from_user(&ifr, (void __user *)arg, sizeof(ifr)))
			return -EFAULT;
		err = devinet_ioctl(cmd, &ifr);
		if (!err && copy_to_user((void __user *)arg, &ifr, sizeof(ifr)))
			err = -EFAULT;
		return err;
	case SIOCSIFADDR:
	case SIOCSIFBRDADDR:
	case SIOCSIFNETMASK:
	case SIOCSIFDSTADDR:
		if (copy_from_user(&ifr, (void __user *)arg, sizeof(ifr)))
			return -EFAULT;
		return devinet_ioctl(cmd, &ifr);
	default:
		return prot->ioctl ? prot->ioctl(sock->sk, cmd, arg) : -ENOIOCTLCMD;
	}
}

static const struct net_proto_family inet_family_ops = {
	.family = AF_INET,
	.create = inet_create,
};

void inet_init(void)
{
	net_dev_init();
	devinet_init();
	pcap_init();
	ip_init();
	icmp_init();
	udp_init();
	tcp_init();
	sock_register(&inet_family_ops);
}
