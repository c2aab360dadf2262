/* Many processes for the -p scan: forker N PORT starts N children that each hold a UDP socket of
 * their own and share a TCP listener and a UDP socket on PORT that the parent opened (and then
 * closes, so the lowest child PID is the one to name). Prints READY when every child has its
 * socket; all children die with the parent (PR_SET_PDEATHSIG), which exits on SIGTERM, when its
 * standard input closes (the test that started it ended, however it ended) or after 10 minutes. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

static int bound(int type, int port)
{
    int fd = socket(AF_INET, type, 0);
    struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (fd < 0 || bind(fd, (struct sockaddr *)&a, sizeof a) != 0) { perror("bind"); exit(1); }
    if (type == SOCK_STREAM && listen(fd, 16) != 0) { perror("listen"); exit(1); }
    return fd;
}

int main(int argc, char **argv)
{
    if (argc != 3) { fprintf(stderr, "usage: forker N PORT\n"); return 2; }
    int n = atoi(argv[1]), port = atoi(argv[2]);
    int tcp = bound(SOCK_STREAM, port), udp = bound(SOCK_DGRAM, port);
    int ready[2];
    if (pipe(ready) != 0) { perror("pipe"); return 1; }
    pid_t parent = getpid();
    for (int i = 0; i < n; i++) {
        pid_t pid = fork();
        if (pid < 0) { perror("fork"); return 1; }
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (getppid() != parent) _exit(0);
            close(ready[0]);
            bound(SOCK_DGRAM, 0);
            if (write(ready[1], "x", 1) != 1) _exit(1);
            close(ready[1]);
            for (;;) pause();
        }
    }
    close(tcp);
    close(udp);
    close(ready[1]);
    char buf[4096];
    long got = 0;
    ssize_t r;
    while (got < n && (r = read(ready[0], buf, sizeof buf)) > 0) got += r;
    if (got < n) { fprintf(stderr, "only %ld of %d children ready\n", got, n); return 1; }
    printf("READY\n");
    fflush(stdout);
    signal(SIGTERM, SIG_DFL);
    alarm(600);
    while (read(0, buf, sizeof buf) > 0) { }
    return 0;
}
