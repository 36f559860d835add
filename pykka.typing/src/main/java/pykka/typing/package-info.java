/**
 * Typed proxies: {@link pykka.typing.ActorMemberMixin}, the members common to every typed proxy of
 * an actor, and the annotations {@link pykka.typing.GenerateProxy} and {@link
 * pykka.typing.GenerateTraversableProxy}, from which an annotation processor in this module writes
 * typed proxy interfaces at compile time.
 *
 * <p>Pykka's {@code pykka.typing} helps a type checker with hand-written proxy classes, because a
 * dynamic proxy cannot be typed automatically in Python. In Java it can: annotate the actor class,
 * and the interface to pass to {@code ref.proxy(Class)} is generated. Hand-written interfaces
 * extending {@link pykka.typing.ActorMemberMixin} work just as well.
 *
 * <p>To run the processor with Maven, list this module's artifact under the compiler plugin's
 * {@code annotationProcessorPaths} (JDK 23 and later no longer run processors found on the class
 * path without being asked to), besides depending on it as usual:
 *
 * {@snippet lang = xml :
 * <plugin>
 *   <groupId>org.apache.maven.plugins</groupId>
 *   <artifactId>maven-compiler-plugin</artifactId>
 *   <configuration>
 *     <annotationProcessorPaths>
 *       <path>
 *         <groupId>io.github.pykka</groupId>
 *         <artifactId>pykka-typing</artifactId>
 *         <version>0.1.0-SNAPSHOT</version> <!-- the same as pykka-core's -->
 *       </path>
 *     </annotationProcessorPaths>
 *   </configuration>
 * </plugin>
 * }
 *
 * <p>and write {@code requires pykka.typing;} in the module that holds the actors (the generated
 * interfaces extend {@link pykka.typing.ActorMemberMixin}), besides the {@code opens ... to
 * pykka.core;} that proxies need. The interfaces appear in the actors' packages, under {@code
 * target/generated-sources/annotations}.
 */
package pykka.typing;
