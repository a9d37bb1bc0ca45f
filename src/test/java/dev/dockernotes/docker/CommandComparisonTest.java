package dev.dockernotes.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandComparisonTest {

    @ParameterizedTest(name = "{0}  ==  {1}")
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '\u00ac', textBlock = """
            docker container stop web ~ docker stop web
            docker container stop <container> ~ docker stop db1
            docker container ls ~ docker ps
            docker container ls -a ~ docker container list --all
            docker container ls -a ~ docker ps -a
            docker container rm web ~ docker rm web
            docker container rm web ~ docker container remove web
            docker image ls ~ docker images
            docker image rm ubuntu ~ docker rmi ubuntu
            docker run -it ubuntu bash ~ docker container run -i -t ubuntu bash
            docker run -it ubuntu bash ~ docker run -t -i ubuntu bash
            docker run -it ubuntu bash ~ docker run --interactive --tty ubuntu bash
            docker run -d --name web nginx ~ docker run --name=web -d nginx
            docker run -d --name web nginx ~ docker run --detach --name web nginx
            docker run -d --name web nginx ~ docker run -d --name "web" 'nginx'
            docker run -d -p 8080:80 nginx ~ docker run -p8080:80 -d nginx
            docker run -d -p 8080:80 nginx ~ docker run -dp 8080:80 nginx
            docker run -d -p 8080:80 nginx ~ docker run --publish=8080:80 --detach nginx
            docker run ubuntu:latest ~ docker run ubuntu
            docker run -v mydata:/app/data myimage ~ docker run --volume mydata:/app/data myimage
            docker run --name <name> -d <image> ~ docker run -d --name cache redis:7
            docker container exec -it <container> bash ~ docker exec -ti web bash
            docker run -it ubuntu bash -c "ls -l" ~ docker run -it ubuntu bash -c 'ls -l'
            docker run --rm alpine ~ docker run --rm=true alpine
            docker image pull ubuntu:latest ~ docker pull ubuntu
            docker -H tcp://node3:2376 ps ~ docker --host tcp://node3:2376 container ls
            docker image build -t <name:tag> . ~ docker build --tag web:1 .
            docker ps | grep web ~ docker container ls | grep web
            sudo docker ps ~ docker ps
            docker run -p 80:80 -p 443:443 nginx ~ docker run -p 443:443 -p 80:80 nginx
            docker run -e A=1 -e B=2 alpine env ~ docker run --env B=2 --env=A=1 alpine env
            docker run -p 8080:80 nginx ~ docker run -p 8080:80/tcp nginx
            docker container ls --all ~ docker ps -a
            openssl genrsa -aes256 -out ca-key.pem 4096 ~ openssl genrsa -out ca-key.pem -aes256 4096
            docker run -v mydata:/app/data myimage ~ docker run -v mydata:/app/data:rw myimage
            docker run -v mydata:/app/data myimage ~ docker run --mount source=mydata,target=/app/data myimage
            docker run -v mydata:/app/data myimage ~ docker run --mount type=volume,src=mydata,dst=/app/data myimage
            docker run -v mydata:/app/data myimage ~ docker run --mount=destination=/app/data,source=mydata myimage
            docker run -v /srv/www:/usr/share/nginx/html:ro nginx ~ docker run --mount type=bind,source=/srv/www,target=/usr/share/nginx/html,readonly nginx
            docker run -p 8080:80 nginx ~ docker run -p 0.0.0.0:8080:80 nginx
            docker run -p 127.0.0.1:8080:80 nginx ~ docker run -p 127.0.0.1:8080:80/tcp nginx
            docker inspect --type container web ~ docker container inspect web
            docker container inspect -f '{{.State.Status}}' web ~ docker inspect --type=container --format '{{.State.Status}}' web
            docker run -it ubuntu /bin/bash ~ docker run -it ubuntu bash
            docker exec -it <container> bash ~ docker exec -it web /bin/bash
            docker run alpine /usr/bin/env ~ docker run alpine env
            docker --tlsverify -H tcp://node3:2376 version ~ docker --tlsverify -H node3:2376 version
            docker --tlsverify -H tcp://node3:2376 version ~ docker --tlsverify -H tcp://node3 version
            docker -H tcp://node3:2375 ps ~ docker -H node3 ps
            docker -H unix:///var/run/docker.sock ps ~ docker -H unix:///run/docker.sock ps
            docker volume create mydata ~ docker volume create --name mydata
            docker volume create mydata ~ docker volume create --name=mydata
            """)
    void equalCommands(String expected, String given) {
        CommandComparison.Result r = CommandComparison.compare(expected.trim(), given.trim());
        assertThat(r.differences()).isEmpty();
        assertThat(r.matches()).isTrue();
    }

    @ParameterizedTest(name = "{0}  !=  {1}")
    @CsvSource(delimiterString = " ~ ", quoteCharacter = '\u00ac', textBlock = """
            docker container stop web ~ docker container rm web ~ `docker container rm` removes one or more containers; the question asks for `docker container stop` (stop one or more running containers)
            docker run -d nginx ~ docker run nginx ~ missing -d
            docker run nginx ~ docker run --rm nginx ~ unexpected --rm
            docker run -p 8080:80 nginx ~ docker run -p 80:8080 nginx ~ -p is 80:8080 here, expected 8080:80
            docker run -it ubuntu ~ docker run -i ubuntu ~ missing -t
            docker run --name web nginx ~ docker run nginx ~ missing --name web
            docker run nginx ~ docker run ubuntu ~ the image is ubuntu here, expected nginx
            docker stop web ~ docker stop db ~ the container is db here, expected web
            docker stop <container> ~ docker stop ~ missing the container
            docker run -it ubuntu bash ~ docker run -it ubuntu ~ missing the container command bash
            docker run ubuntu ~ docker run ubuntu bash ~ unexpected container command bash
            docker container stop web ~ docker contianer stp web ~ `docker contianer stp` is not a docker command; did you mean `docker container stop`?
            docker container stop web ~ docker container stop --foo web ~ `--foo` is not a flag of docker container stop
            docker ps ~ curl http://localhost/version ~ `curl` is a different program; the question asks for `docker container ls`
            docker ps | grep web ~ docker ps ~ expected 2 commands, got 1 command
            docker run -it ubuntu bash -c ls ~ docker run ubuntu bash -c -it ls ~ missing -i
            docker run -d nginx ~ docker run nginx -d ~ unexpected container command -d
            docker run -p 80:80 -p 443:443 nginx ~ docker run -p 80:80 nginx ~ missing -p 443:443
            docker exec -it <container> bash ~ docker exec -it web /opt/bin/bash ~ the container command is /opt/bin/bash here, expected bash
            docker run -it ubuntu /bin/bash ~ docker run -it ubuntu sh ~ the container command is sh here, expected /bin/bash
            docker run -v mydata:/app/data myimage ~ docker run -v mydata:/app/data:ro myimage ~ -v is mydata:/app/data:ro here, expected mydata:/app/data
            docker run -v mydata:/app/data myimage ~ docker run --mount type=bind,source=mydata,target=/app/data myimage ~ --mount is type=bind,source=mydata,target=/app/data here, expected mydata:/app/data
            docker run -v mydata:/app/data myimage ~ docker run -v /mydata:/app/data myimage ~ -v is /mydata:/app/data here, expected mydata:/app/data
            docker run -v mydata:/app/data myimage ~ docker run --mount source=mydata,target=/app myimage ~ --mount is source=mydata,target=/app here, expected mydata:/app/data
            docker run -p 8080:80 nginx ~ docker run -p 127.0.0.1:8080:80 nginx ~ -p is 127.0.0.1:8080:80 here, expected 8080:80
            docker run -p 8080:80 nginx ~ docker run -p 8080:80/udp nginx ~ -p is 8080:80/udp here, expected 8080:80
            docker container inspect web ~ docker inspect --type image web ~ `docker image inspect` displays detailed information on one or more images; the question asks for `docker container inspect` (display detailed information on one or more containers)
            docker --tlsverify -H tcp://node3:2376 version ~ docker --tlsverify -H tcp://node3:2375 version ~ -H is tcp://node3:2375 here, expected tcp://node3:2376
            docker --tlsverify -H tcp://node3:2376 version ~ docker -H tcp://node3:2376 version ~ missing --tlsverify
            docker -H tcp://node3:2376 ps ~ docker -H tcp://node3 ps ~ -H is tcp://node3:2375 here, expected tcp://node3:2376
            docker volume create mydata ~ docker volume create --name data ~ the volume is data here, expected mydata
            """)
    void differentCommands(String expected, String given, String difference) {
        CommandComparison.Result r = CommandComparison.compare(expected.trim(), given.trim());
        assertThat(r.matches()).isFalse();
        assertThat(r.differences()).contains(difference.trim());
    }

    @org.junit.jupiter.api.Test
    void everyDifferenceIsListed() {
        CommandComparison.Result r = CommandComparison.compare("docker run -d -p 8080:80 --name web nginx",
                "docker run --rm -p 8080:80 nginx");
        assertThat(r.differences()).containsExactly("missing -d", "missing --name web", "unexpected --rm");
    }

    @org.junit.jupiter.api.Test
    void nothingGiven() {
        assertThat(CommandComparison.compare("docker ps", "  ").differences())
                .isEqualTo(List.of("no command given; expected `docker container ls`"));
    }
}
